"""CID 7064 Model Usage.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1205.

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
EducationalIntent: _Final[_groups.Cid7064Code]
DiagnosticIntent: _Final[_groups.Cid7064Code]
PlanningIntent: _Final[_groups.Cid7064Code]
ToolFabrication: _Final[_groups.Cid7064Code]
ProstheticFabrication: _Final[_groups.Cid7064Code]
ImplantFabrication: _Final[_groups.Cid7064Code]
QualityControlIntent: _Final[_groups.Cid7064Code]
SimulationIntent: _Final[_groups.Cid7064Code]
MEMBERS: _Final[tuple[_groups.Cid7064Code, ...]]
