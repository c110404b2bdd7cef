"""CID 4412 Specimen Stain for Confocal Microscopy.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1480.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AluminumChloride: _Final[_groups.Cid4412Code]
FluoresceinStain: _Final[_groups.Cid4412Code]
ImmunofluorescentStain: _Final[_groups.Cid4412Code]
CitricAcid: _Final[_groups.Cid4412Code]
MethylBlueStain: _Final[_groups.Cid4412Code]
ToluidineBlueStain: _Final[_groups.Cid4412Code]
NileBlueStain: _Final[_groups.Cid4412Code]
PatentBlueVSodiumSaltStain: _Final[_groups.Cid4412Code]
AcridineOrangeStain: _Final[_groups.Cid4412Code]
AceticAcid: _Final[_groups.Cid4412Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4412Code]]
