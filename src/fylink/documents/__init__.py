"""Official documents (公文) in Word and PDF.

- ``layout``: GB/T 9704-2012 page, styles and helpers for python-docx;
- ``build_templates``: builds the shipped templates in ``templates/``;
- ``render``: fills a template (sandboxed docxtpl) and saves it atomically;
- ``pdf``: converts through LibreOffice;
- ``charts``: matplotlib charts for the quarterly briefing.

These modules import python-docx, docxtpl, jinja2 and matplotlib at module level; the CLI
imports them only inside the commands that produce documents.
"""
