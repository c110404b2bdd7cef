"""CID 10070 Radiation Dose Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1164.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbsorbedDose: _Final[_groups.Cid10070Code]
EquivalentDose: _Final[_groups.Cid10070Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10070Code]]
