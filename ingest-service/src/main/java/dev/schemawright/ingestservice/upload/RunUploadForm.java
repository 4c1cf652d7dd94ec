package dev.schemawright.ingestservice.upload;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI description of the run upload form (the resource reads the parts directly). */
@Schema(name = "RunUpload", description = "multipart/form-data: one or more documents and optional roles")
public class RunUploadForm {
    @Schema(required = true, description = "The documents (Markdown, text, PDF, DOCX, HTML); repeat the field for each file.",
            type = SchemaType.ARRAY, implementation = BinaryFile.class)
    public List<BinaryFile> files;

    @Schema(description = "Optional document roles, either one value per file in the order of the files "
            + "(role=prd, role=tech_stack) or name=role pairs for some files (role=stack.md=tech_stack). "
            + "Roles: prd, tech_stack, planning_notes, architecture, clarifications, other, or auto to infer "
            + "from the file name and headings (the default).",
            type = SchemaType.ARRAY, implementation = String.class)
    public List<String> role;

    @Schema(type = SchemaType.STRING, format = "binary")
    public static class BinaryFile {
    }
}
