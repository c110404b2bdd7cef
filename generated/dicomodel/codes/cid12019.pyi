"""CID 12019 OB-GYN Fetus Summary.

Extensible, version 20210903, UID 1.2.840.10008.6.1.567.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GestationalAge: _Final[_groups.Cid12019Code]
CompositeUltrasoundAge: _Final[_groups.Cid12019Code]
GestationalAgeByLMP: _Final[_groups.Cid12019Code]
EstimatedWeight: _Final[_groups.Cid12019Code]
EFWPercentileRank: _Final[_groups.Cid12019Code]
EFWRatio: _Final[_groups.Cid12019Code]
EFWDiscordance: _Final[_groups.Cid12019Code]
FetalHeartRate: _Final[_groups.Cid12019Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12019Code]]
