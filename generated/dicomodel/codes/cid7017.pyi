"""CID 7017 Category of Teaching Material - Imaging.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1181.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7017Code]]
