"""Export: the summary document (PDF, DOCX, Markdown), JSON, and QR handouts."""
