"""CID 12024 OB-GYN Ultrasound Report Document Title.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1339.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

OBGYNUltrasoundProcedureReport: _Final[_groups.Cid12024Code]
USPelvis: _Final[_groups.Cid12024Code]
ObstetricUSScan: _Final[_groups.Cid12024Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12024Code]]
