"""CID 7017 Category of Teaching Material - Imaging.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1181.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
MusculoskeletalImagingSubjectMatter: _Final[_groups.Cid7017Code]
PulmonaryImagingSubjectMatter: _Final[_groups.Cid7017Code]
CardiovascularImagingSubjectMatter: _Final[_groups.Cid7017Code]
GastrointestinalImagingSubjectMatter: _Final[_groups.Cid7017Code]
GenitourinaryImagingSubjectMatter: _Final[_groups.Cid7017Code]
NeuroimagingSubjectMatter: _Final[_groups.Cid7017Code]
VascularAndInterventionalImagingSubjectMatter: _Final[_groups.Cid7017Code]
NuclearMedicineImagingSubjectMatter: _Final[_groups.Cid7017Code]
UltrasoundImagingSubjectMatter: _Final[_groups.Cid7017Code]
PediatricImagingSubjectMatter: _Final[_groups.Cid7017Code]
BreastImagingSubjectMatter: _Final[_groups.Cid7017Code]
MEMBERS: _Final[tuple[_groups.Cid7017Code, ...]]
