"""CID 6207 Colon Quantitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.794.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DifferenceInSize: _Final[_groups.Cid6207Code]
DifferenceInLocation: _Final[_groups.Cid6207Code]
DifferenceInAttenuation: _Final[_groups.Cid6207Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6207Code]]
