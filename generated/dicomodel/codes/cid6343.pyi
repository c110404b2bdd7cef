"""CID 6343 MRI Signal Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1400.
Includes CID 6344.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid6343Code, ...]]
