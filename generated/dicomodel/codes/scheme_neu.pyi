"""Coding scheme NEU: NeuroNames.

11 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

DESIGNATOR: _Final[str]
NAME: _Final[str]
UID: _Final[str | None]
URI: _Final[str | None]
RETIRED: _Final[bool]
AnteriorThalamicRadiation: _Final[_Code]
ArcuateFasciculus: _Final[_Code]
CorticobulbarTract: _Final[_Code]
CorticospinalTract: _Final[_Code]
InferiorOpticRadiationMeyerLoop: _Final[_Code]
InferiorThalamicRadiation: _Final[_Code]
PosteriorThalamicRadiation: _Final[_Code]
StriaTerminalis: _Final[_Code]
SuperiorLongitudinalFasciculus: _Final[_Code]
SuperiorOpticRadiationBaumLoop: _Final[_Code]
SuperiorThalamicRadiation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
