"""Spreadsheets in and out: the import/export engine and one schema per record kind.

- :mod:`~fylink.transfer.sheets` reads and writes .xlsx/.csv files (lazily, a row at a time);
- :mod:`~fylink.transfer.engine` maps columns, checks rows, plans and writes an import, and
  streams an export, for any schema;
- :mod:`~fylink.transfer.cases`, :mod:`~fylink.transfer.tasks`, :mod:`~fylink.transfer.units`
  and :mod:`~fylink.transfer.suggestions` are the schemas: which columns a record kind has and
  how its rows reach the database, by the rules of its service.

Nothing is imported here: ``fylink --help`` stays light.
"""
