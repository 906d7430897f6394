"""Reports İcra writes from stored records: the agency report regenerated, the national
report (docx, html, pdf, md), tables for analysts (xlsx, csv) and the international
templates. :mod:`icra.reporting.common` holds the one input they all read."""
