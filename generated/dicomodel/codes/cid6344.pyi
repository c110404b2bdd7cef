"""CID 6344 Prostate MRI Signal Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1401.

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
Hyperintense: _Final[_groups.Cid6344Code]
T2Hyperintensity: _Final[_groups.Cid6344Code]
Isointense: _Final[_groups.Cid6344Code]
Hypointense: _Final[_groups.Cid6344Code]
MarkedlyHypointense: _Final[_groups.Cid6344Code]
T2Hypointensity: _Final[_groups.Cid6344Code]
RestrictedDiffusion: _Final[_groups.Cid6344Code]
DiffusionWeightedHypersensitivity: _Final[_groups.Cid6344Code]
ADCHyperintense: _Final[_groups.Cid6344Code]
ADCHypointense: _Final[_groups.Cid6344Code]
OrganizedChaos: _Final[_groups.Cid6344Code]
Heterogeneous: _Final[_groups.Cid6344Code]
Homogeneous: _Final[_groups.Cid6344Code]
MEMBERS: _Final[tuple[_groups.Cid6344Code, ...]]
