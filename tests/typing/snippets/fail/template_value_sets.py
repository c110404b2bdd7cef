from dicomodel import codes
from dicomodel.codes.groups import Cid247Code, Cid7021Code
from dicomodel.coding import Code
from dicomodel.templates import tid1001, tid1002, tid1419, tid1500

title: Cid7021Code = codes.cid100.ImagingProcedure  # E: Incompatible types in assignment (expression has type "Cid100Code", variable has type "Cid7021Code")
plain: Cid7021Code = Code("DCM", "126000", "Imaging Measurement Report")  # E: Incompatible types in assignment (expression has type "Code", variable has type "Cid7021Code")
scheme: Cid7021Code = codes.DCM.ImagingMeasurementReport  # E: Incompatible types in assignment (expression has type "Code", variable has type "Cid7021Code")
narrower: Cid247Code = codes.cid244.Bilateral  # E: Incompatible types in assignment (expression has type "Cid244Code", variable has type "Cid247Code")
tid1002.ObserverContext(observer_type=Code("DCM", "121006", "Person"))  # E: Argument "observer_type" to "ObserverContext" has incompatible type "Code"; expected "Cid270Code | None"
tid1500.MeasurementReport(
    concept=codes.cid270.Person,  # E: Argument "concept" to "MeasurementReport" has incompatible type "Cid270Code"; expected "Cid7021Code"
    observation_context=tid1001.ObservationContext(),
)
tid1419.ROIMeasurementsFindingSite(
    value=Code("SCT", "10200004", "Liver"),
    laterality=codes.cid7021.PETMeasurementReport,  # E: Argument "laterality" to "ROIMeasurementsFindingSite" has incompatible type "Cid7021Code"; expected "Cid244Code | None"
)
