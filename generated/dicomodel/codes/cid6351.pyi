"""CID 6351 Prostate Relational Measurement.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1408.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DistanceFromNeurovascularBundle: _Final[_groups.Cid6351Code]
LesionCapsularContactLength: _Final[_groups.Cid6351Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6351Code]]
