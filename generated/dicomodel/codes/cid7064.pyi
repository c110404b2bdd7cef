"""CID 7064 Model Usage.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1205.

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
EducationalIntent: _Final[_Code]
DiagnosticIntent: _Final[_Code]
PlanningIntent: _Final[_Code]
ToolFabrication: _Final[_Code]
ProstheticFabrication: _Final[_Code]
ImplantFabrication: _Final[_Code]
QualityControlIntent: _Final[_Code]
SimulationIntent: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
