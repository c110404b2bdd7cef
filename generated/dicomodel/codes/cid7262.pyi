"""CID 7262 Diffusion Tractography Algorithm Family.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1061.

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
Deterministic: _Final[_Code]
Probabilistic: _Final[_Code]
Global: _Final[_Code]
FACT: _Final[_Code]
Streamline: _Final[_Code]
TEND: _Final[_Code]
Bootstrap: _Final[_Code]
Euler: _Final[_Code]
RungeKutta: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
