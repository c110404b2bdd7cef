"""CID 10000 Scope of Accumulation.

Extensible, version 20131010, UID 1.2.840.10008.6.1.534.

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
Study: _Final[_groups.Cid10000Code]
Series: _Final[_groups.Cid10000Code]
PerformedProcedureStep: _Final[_groups.Cid10000Code]
ProcedureStepToThisPoint: _Final[_groups.Cid10000Code]
IrradiationEvent: _Final[_groups.Cid10000Code]
MEMBERS: _Final[tuple[_groups.Cid10000Code, ...]]
