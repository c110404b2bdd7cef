"""Coding scheme NEU: NeuroNames.

11 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
