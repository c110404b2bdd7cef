"""CID 3838 Diameter Derivation.

Extensible, version 20051103, UID 1.2.840.10008.6.1.288.
Includes CID 3488.

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
Transverse: _Final[_groups.Cid3838Code]
AnteriorPosterior: _Final[_groups.Cid3838Code]
Maximum: _Final[_groups.Cid3838Code]
Minimum: _Final[_groups.Cid3838Code]
Mean: _Final[_groups.Cid3838Code]
MEMBERS: _Final[tuple[_groups.Cid3838Code, ...]]
