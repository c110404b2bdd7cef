"""CID 10068 Estimate Method Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1162.

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
MonteCarloMethod: _Final[_groups.Cid10068Code]
TabularDataAlgorithm: _Final[_groups.Cid10068Code]
AnalyticalAlgorithm: _Final[_groups.Cid10068Code]
EmpiricalAlgorithm: _Final[_groups.Cid10068Code]
MEMBERS: _Final[tuple[_groups.Cid10068Code, ...]]
