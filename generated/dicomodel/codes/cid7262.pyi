"""CID 7262 Diffusion Tractography Algorithm Family.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1061.

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
Deterministic: _Final[_groups.Cid7262Code]
Probabilistic: _Final[_groups.Cid7262Code]
Global: _Final[_groups.Cid7262Code]
FACT: _Final[_groups.Cid7262Code]
Streamline: _Final[_groups.Cid7262Code]
TEND: _Final[_groups.Cid7262Code]
Bootstrap: _Final[_groups.Cid7262Code]
Euler: _Final[_groups.Cid7262Code]
RungeKutta: _Final[_groups.Cid7262Code]
MEMBERS: _Final[tuple[_groups.Cid7262Code, ...]]
