"""CID 7320 Planning Method.

Extensible, version 20101102, UID 1.2.840.10008.6.1.924.

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
Generic2DPlanning: _Final[_groups.Cid7320Code]
Generic3DPlanning: _Final[_groups.Cid7320Code]
GenericPlanningForHipReplacement: _Final[_groups.Cid7320Code]
GenericPlanningForKneeReplacement: _Final[_groups.Cid7320Code]
MüllerMethodPlanningForHipReplacement: _Final[_groups.Cid7320Code]
MEMBERS: _Final[tuple[_groups.Cid7320Code, ...]]
