"""CID 1003 Anatomical Reference Basis - Spine.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1124.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

C1Vertebra: _Final[_groups.Cid1003Code]
LevelOfC2C3IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfC3C4IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfC4C5IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfC5C6IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfC6C7IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfC7T1IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfL1L2IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfL2L3IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfL3L4IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfL4L5IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfL5S1IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT1T2IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT10T11IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT11T12IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT12L1IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT2T3IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT3T4IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT4T5IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT5T6IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT6T7IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT7T8IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT8T9IntervertebralDisc: _Final[_groups.Cid1003Code]
LevelOfT9T10IntervertebralDisc: _Final[_groups.Cid1003Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid1003Code]]
