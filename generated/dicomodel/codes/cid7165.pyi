"""CID 7165 Abstract Segmentation Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.962.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Background: _Final[_groups.Cid7165Code]
Tissue: _Final[_groups.Cid7165Code]
TissueNotOfInterest: _Final[_groups.Cid7165Code]
WasteMaterial: _Final[_groups.Cid7165Code]
RegistrationInput: _Final[_groups.Cid7165Code]
SingleSubjectExtractedFromGroup: _Final[_groups.Cid7165Code]
ReferenceRegion: _Final[_groups.Cid7165Code]
Normal: _Final[_groups.Cid7165Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7165Code]]
