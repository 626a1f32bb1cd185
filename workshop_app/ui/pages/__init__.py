"""Pages shown in the main window's page stack (one class per file)."""
