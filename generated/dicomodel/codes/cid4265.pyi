"""CID 4265 Ophthalmic Thickness Deviation Category.

Extensible, version 20110825, UID 1.2.840.10008.6.1.941.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PGreaterThan5Percent: _Final[_groups.Cid4265Code]
PLesserThan5Percent: _Final[_groups.Cid4265Code]
PLesserThan2Percent: _Final[_groups.Cid4265Code]
PLesserThan1Percent: _Final[_groups.Cid4265Code]
PLesserThan0Point5Percent: _Final[_groups.Cid4265Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4265Code]]
