package dev.schemawright.conformance.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an SQLite script into statements the way sqlite3_complete() decides where one ends: semicolons inside
 * quotes, identifiers and comments don't count, and inside CREATE TRIGGER ... BEGIN ... END only the semicolon after
 * the closing END does (CASE ... END inside a trigger body is tracked so its END does not close the trigger).
 * sqlite-jdbc runs only the first statement of a string, so the script is executed statement by statement.
 */
public final class SqliteScript {
    private SqliteScript() {
    }

    public record Statement(String sql, int line) {
    }

    public static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        List<String> words = new ArrayList<>();  // the statement's first words, to spot CREATE [TEMP] TRIGGER
        boolean trigger = false;
        int depth = 0;  // BEGIN/CASE ... END nesting inside a trigger
        int start = 0;
        int line = 1;
        int startLine = 1;
        int n = script.length();
        for (int i = 0; i < n; ) {
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(script, i, end);
                i = end;
            } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (script.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && script.charAt(j + 1) == close) {
                            j += 2;  // doubled quote inside
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                int end = Math.min(n, j + 1);
                if (words.isEmpty()) {
                    startLine = line;
                }
                line += count(script, i, end);
                words.add("\u0000");  // a quoted token: not a keyword
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(script.charAt(j)) || script.charAt(j) == '_' || script.charAt(j) == '$')) {
                    j++;
                }
                String word = script.substring(i, j).toUpperCase(Locale.ROOT);
                if (words.isEmpty()) {
                    startLine = line;
                }
                words.add(word);
                if (!trigger && isTriggerStart(words)) {
                    trigger = true;
                }
                if (trigger) {
                    if (word.equals("BEGIN") || word.equals("CASE")) {
                        depth++;
                    } else if (word.equals("END")) {
                        depth--;
                    }
                }
                i = j;
            } else if (c == ';') {
                if (!trigger || depth <= 0) {
                    if (!words.isEmpty()) {  // a lone ';' or a comment is no statement
                        out.add(new Statement(script.substring(start, i + 1).strip(), startLine));
                    }
                    words.clear();
                    trigger = false;
                    depth = 0;
                    start = i + 1;
                }
                i++;
            } else {
                if (words.isEmpty() && !Character.isWhitespace(c)) {
                    startLine = line;
                }
                if (!Character.isWhitespace(c)) {
                    words.add("\u0000");  // punctuation: part of a statement, never a keyword
                }
                i++;
            }
        }
        if (!words.isEmpty()) {
            out.add(new Statement(script.substring(start).strip(), startLine));
        }
        return out;
    }

    private static boolean isTriggerStart(List<String> words) {
        if (words.size() < 2 || !words.get(0).equals("CREATE")) {
            return false;
        }
        String second = words.get(1);
        if (second.equals("TRIGGER")) {
            return true;
        }
        return (second.equals("TEMP") || second.equals("TEMPORARY")) && words.size() >= 3 && words.get(2).equals("TRIGGER");
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
