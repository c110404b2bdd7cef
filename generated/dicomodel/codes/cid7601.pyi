"""CID 7601 Head and Neck Cancer Anatomic Site.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1012.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BaseOfTongue: _Final[_groups.Cid7601Code]
BuccalMucosa: _Final[_groups.Cid7601Code]
FloorOfMouth: _Final[_groups.Cid7601Code]
Glottis: _Final[_groups.Cid7601Code]
Hypopharynx: _Final[_groups.Cid7601Code]
Larynx: _Final[_groups.Cid7601Code]
LingualTonsil: _Final[_groups.Cid7601Code]
Lip: _Final[_groups.Cid7601Code]
AlveolarProcessOfMandible: _Final[_groups.Cid7601Code]
MaxillarySinus: _Final[_groups.Cid7601Code]
NasalCavity: _Final[_groups.Cid7601Code]
Nasopharynx: _Final[_groups.Cid7601Code]
OralCavity: _Final[_groups.Cid7601Code]
OropharyngealTonsil: _Final[_groups.Cid7601Code]
Oropharynx: _Final[_groups.Cid7601Code]
PalatineTonsil: _Final[_groups.Cid7601Code]
ParanasalSinus: _Final[_groups.Cid7601Code]
PharyngealRecess: _Final[_groups.Cid7601Code]
PharyngealTonsil: _Final[_groups.Cid7601Code]
PharyngotympanicTube: _Final[_groups.Cid7601Code]
PyriformSinus: _Final[_groups.Cid7601Code]
RetromolarTrigone: _Final[_groups.Cid7601Code]
SalivaryGland: _Final[_groups.Cid7601Code]
Supraglottis: _Final[_groups.Cid7601Code]
Tongue: _Final[_groups.Cid7601Code]
TonsilAndAdenoid: _Final[_groups.Cid7601Code]
TorusOfPharyngotympanicTube: _Final[_groups.Cid7601Code]
TubalTonsil: _Final[_groups.Cid7601Code]
UnknownPrimaryNeoplasiaSite: _Final[_groups.Cid7601Code]
Uvula: _Final[_groups.Cid7601Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7601Code]]
