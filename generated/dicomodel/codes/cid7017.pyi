"""CID 7017 Category of Teaching Material - Imaging.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1181.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
MusculoskeletalImagingSubjectMatter: _Final[_Code]
PulmonaryImagingSubjectMatter: _Final[_Code]
CardiovascularImagingSubjectMatter: _Final[_Code]
GastrointestinalImagingSubjectMatter: _Final[_Code]
GenitourinaryImagingSubjectMatter: _Final[_Code]
NeuroimagingSubjectMatter: _Final[_Code]
VascularAndInterventionalImagingSubjectMatter: _Final[_Code]
NuclearMedicineImagingSubjectMatter: _Final[_Code]
UltrasoundImagingSubjectMatter: _Final[_Code]
PediatricImagingSubjectMatter: _Final[_Code]
BreastImagingSubjectMatter: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
