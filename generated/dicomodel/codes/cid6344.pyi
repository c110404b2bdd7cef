"""CID 6344 Prostate MRI Signal Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1401.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Hyperintense: _Final[_Code]
T2Hyperintensity: _Final[_Code]
Isointense: _Final[_Code]
Hypointense: _Final[_Code]
MarkedlyHypointense: _Final[_Code]
T2Hypointensity: _Final[_Code]
RestrictedDiffusion: _Final[_Code]
DiffusionWeightedHypersensitivity: _Final[_Code]
ADCHyperintense: _Final[_Code]
ADCHypointense: _Final[_Code]
OrganizedChaos: _Final[_Code]
Heterogeneous: _Final[_Code]
Homogeneous: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
