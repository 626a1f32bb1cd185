"""Export: the summary document (PDF, DOCX, Markdown), JSON, and QR handouts.

The format names live here, not in ``export.service``, so that the command line can list
them without importing the document model (about 15 ms of every small command's start).
"""

#: Summary formats: name -> file suffix.
SUMMARY_FORMATS = {"pdf": ".pdf", "docx": ".docx", "md": ".md"}
#: Every export format: the summaries, and the whole consultation as JSON.
FORMATS = ("json", *SUMMARY_FORMATS)
