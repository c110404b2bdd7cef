"""CID 9526 Ion Therapy Particle.

Non-extensible, version 20190817, UID 1.2.840.10008.6.1.1236.

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
Ion: _Final[_groups.Cid9526Code]
Proton: _Final[_groups.Cid9526Code]
_3HeliumNucleus: _Final[_groups.Cid9526Code]
_4HeliumNucleus: _Final[_groups.Cid9526Code]
_12CarbonNucleus: _Final[_groups.Cid9526Code]
_16OxygenNucleus: _Final[_groups.Cid9526Code]
MEMBERS: _Final[tuple[_groups.Cid9526Code, ...]]
