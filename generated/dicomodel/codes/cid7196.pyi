"""CID 7196 Spatial and Relational Concept Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1195.
Includes CID 7165.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Interface: _Final[_groups.Cid7196Code]
Line: _Final[_groups.Cid7196Code]
Lucency: _Final[_groups.Cid7196Code]
Background: _Final[_groups.Cid7196Code]
Tissue: _Final[_groups.Cid7196Code]
TissueNotOfInterest: _Final[_groups.Cid7196Code]
WasteMaterial: _Final[_groups.Cid7196Code]
RegistrationInput: _Final[_groups.Cid7196Code]
SingleSubjectExtractedFromGroup: _Final[_groups.Cid7196Code]
ReferenceRegion: _Final[_groups.Cid7196Code]
Normal: _Final[_groups.Cid7196Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7196Code]]
