package dev.schemawright.contracts.model;

public enum AuthProvider {
    /** Users live in Supabase Auth: FKs to auth.users(id), policies use (select auth.uid()). */
    SUPABASE,
    /** The application owns a users table. */
    APPLICATION
}
