"""CID 7009 Purpose of Reference to Predecessor Report.

Extensible, version 20090826, UID 1.2.840.10008.6.1.818.

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
ReplacedReport: _Final[_groups.Cid7009Code]
AddendedReport: _Final[_groups.Cid7009Code]
PreliminaryReport: _Final[_groups.Cid7009Code]
PartialReport: _Final[_groups.Cid7009Code]
CurrentProcedureEvidence: _Final[_groups.Cid7009Code]
MEMBERS: _Final[tuple[_groups.Cid7009Code, ...]]
