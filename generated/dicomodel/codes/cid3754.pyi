"""CID 3754 Vascular Complication.

Extensible, version 20180325, UID 1.2.840.10008.6.1.249.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Bleeding: _Final[_groups.Cid3754Code]
OcclusionOfArtery: _Final[_groups.Cid3754Code]
LossOfDistalPulse: _Final[_groups.Cid3754Code]
ArterialDissection: _Final[_groups.Cid3754Code]
Pseudoaneurysm: _Final[_groups.Cid3754Code]
AVFistula: _Final[_groups.Cid3754Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3754Code]]
