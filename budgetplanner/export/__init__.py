"""Export: the printed plan (PDF) and the money for a spreadsheet."""
