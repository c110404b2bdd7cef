"""Structured Reporting: content trees, PS3.16 templates built, read and validated.

- :mod:`dicomodel.sr.content`: content items and their pydicom encoding;
- :mod:`dicomodel.sr.template`: template definitions and row matching;
- :mod:`dicomodel.sr.parts`: the base of the generated ``dicomodel.templates`` classes;
- :mod:`dicomodel.sr.validate`: a content tree checked against its template;
- :mod:`dicomodel.sr.document`: an SR document from a root template part.
"""
