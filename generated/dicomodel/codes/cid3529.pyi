"""CID 3529 Arterial / Venous Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.143.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ArterialContentFca: _Final[_groups.Cid3529Code]
VenousContentFcv: _Final[_groups.Cid3529Code]
PulmonaryArterialContentFcpa: _Final[_groups.Cid3529Code]
PulmonaryVenousContentFcpv: _Final[_groups.Cid3529Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3529Code]]
