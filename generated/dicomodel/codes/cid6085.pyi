"""CID 6085 Therapies for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.407.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Chemotherapy: _Final[_groups.Cid6085Code]
RadiationTherapy: _Final[_groups.Cid6085Code]
HormoneTherapy: _Final[_groups.Cid6085Code]
BoneMarrowTransplant: _Final[_groups.Cid6085Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6085Code]]
