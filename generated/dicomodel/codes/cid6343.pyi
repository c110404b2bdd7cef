"""CID 6343 MRI Signal Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1400.
Includes CID 6344.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Hyperintense: _Final[_groups.Cid6343Code]
T2Hyperintensity: _Final[_groups.Cid6343Code]
Isointense: _Final[_groups.Cid6343Code]
Hypointense: _Final[_groups.Cid6343Code]
MarkedlyHypointense: _Final[_groups.Cid6343Code]
T2Hypointensity: _Final[_groups.Cid6343Code]
RestrictedDiffusion: _Final[_groups.Cid6343Code]
DiffusionWeightedHypersensitivity: _Final[_groups.Cid6343Code]
ADCHyperintense: _Final[_groups.Cid6343Code]
ADCHypointense: _Final[_groups.Cid6343Code]
OrganizedChaos: _Final[_groups.Cid6343Code]
Heterogeneous: _Final[_groups.Cid6343Code]
Homogeneous: _Final[_groups.Cid6343Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6343Code]]
