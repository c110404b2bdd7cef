"""CID 12004 Fetal Biometry Ratio.

Extensible, version 20030130, UID 1.2.840.10008.6.1.553.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HCAC: _Final[_groups.Cid12004Code]
FLAC: _Final[_groups.Cid12004Code]
FLBPD: _Final[_groups.Cid12004Code]
CephalicIndex: _Final[_groups.Cid12004Code]
FLHC: _Final[_groups.Cid12004Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12004Code]]
