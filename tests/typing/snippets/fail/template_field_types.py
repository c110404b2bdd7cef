from dicomodel import codes
from dicomodel.sr.content import Num
from dicomodel.templates import tid1419, tid8301

tid8301.SpecimenStainingForCutaneousConfocalMicroscopy(
    using_substance=codes.cid4412.FluoresceinStain,  # E: Argument "using_substance" to "SpecimenStainingForCutaneousConfocalMicroscopy" has incompatible type "Cid4412Code"
)
tid1419.ROIMeasurementsMeasurement(
    concept=codes.cid7181.SquareMillimeter,
    value=40.5,  # E: Argument "value" to "ROIMeasurementsMeasurement" has incompatible type "float"
)
tid1419.ROIMeasurementsMeasurement(value=Num(1.0, codes.cid7181.SquareMillimeter))  # E: Missing named argument "concept"
