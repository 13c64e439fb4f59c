export namespace app {
	
	export class AssessmentInput {
	    anakId: number;
	    assessedOn: string;
	    assessor: string;
	    needs: string[];
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new AssessmentInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.anakId = source["anakId"];
	        this.assessedOn = source["assessedOn"];
	        this.assessor = source["assessor"];
	        this.needs = source["needs"];
	        this.note = source["note"];
	    }
	}
	export class Options {
	    opdKinds: string[];
	    idmStatuses: string[];
	
	    static createFrom(source: any = {}) {
	        return new Options(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.opdKinds = source["opdKinds"];
	        this.idmStatuses = source["idmStatuses"];
	    }
	}
	export class OrphanOptions {
	    categories: models.Option[];
	    schools: models.Option[];
	    needs: models.Option[];
	    fosterKinds: models.Option[];
	
	    static createFrom(source: any = {}) {
	        return new OrphanOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.categories = this.convertValues(source["categories"], models.Option);
	        this.schools = this.convertValues(source["schools"], models.Option);
	        this.needs = this.convertValues(source["needs"], models.Option);
	        this.fosterKinds = this.convertValues(source["fosterKinds"], models.Option);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PDFData {
	    name: string;
	    base64: string;
	
	    static createFrom(source: any = {}) {
	        return new PDFData(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.base64 = source["base64"];
	    }
	}
	export class SystemInfo {
	    version: string;
	    dbPath: string;
	    dataDir: string;
	    schemaVersion: number;
	    configured: boolean;
	    activeYear: number;
	    language: string;
	    regencyName: string;
	
	    static createFrom(source: any = {}) {
	        return new SystemInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.version = source["version"];
	        this.dbPath = source["dbPath"];
	        this.dataDir = source["dataDir"];
	        this.schemaVersion = source["schemaVersion"];
	        this.configured = source["configured"];
	        this.activeYear = source["activeYear"];
	        this.language = source["language"];
	        this.regencyName = source["regencyName"];
	    }
	}

}

export namespace assessment {
	
	export class LinkedActivity {
	    id: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new LinkedActivity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class Need {
	    id: number;
	    pendampinganId: number;
	    kind: string;
	    description: string;
	    priority: number;
	    sortOrder: number;
	    activities: LinkedActivity[];
	
	    static createFrom(source: any = {}) {
	        return new Need(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.kind = source["kind"];
	        this.description = source["description"];
	        this.priority = source["priority"];
	        this.sortOrder = source["sortOrder"];
	        this.activities = this.convertValues(source["activities"], LinkedActivity);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Assessment {
	    pendampinganId: number;
	    year: number;
	    desaName: string;
	    kecamatanName: string;
	    opdName: string;
	    head: models.Asesmen;
	    potentials: models.PotensiDesa[];
	    form2: models.Karakteristik;
	    problems: models.Masalah[];
	    needs: Need[];
	
	    static createFrom(source: any = {}) {
	        return new Assessment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.year = source["year"];
	        this.desaName = source["desaName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.opdName = source["opdName"];
	        this.head = this.convertValues(source["head"], models.Asesmen);
	        this.potentials = this.convertValues(source["potentials"], models.PotensiDesa);
	        this.form2 = this.convertValues(source["form2"], models.Karakteristik);
	        this.problems = this.convertValues(source["problems"], models.Masalah);
	        this.needs = this.convertValues(source["needs"], Need);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Change {
	    code: string;
	    label: string;
	    baseline: number;
	    current: number;
	    change: number;
	    percent: number;
	    recorded: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Change(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	        this.baseline = source["baseline"];
	        this.current = source["current"];
	        this.change = source["change"];
	        this.percent = source["percent"];
	        this.recorded = source["recorded"];
	    }
	}
	
	export class PotentialProgress {
	    potential: models.PotensiDesa;
	    progress: models.PotensiPantau;
	
	    static createFrom(source: any = {}) {
	        return new PotentialProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.potential = this.convertValues(source["potential"], models.PotensiDesa);
	        this.progress = this.convertValues(source["progress"], models.PotensiPantau);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Monitoring {
	    semester: number;
	    potentials: PotentialProgress[];
	    form4: models.Karakteristik;
	    changes: Change[];
	
	    static createFrom(source: any = {}) {
	        return new Monitoring(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.semester = source["semester"];
	        this.potentials = this.convertValues(source["potentials"], PotentialProgress);
	        this.form4 = this.convertValues(source["form4"], models.Karakteristik);
	        this.changes = this.convertValues(source["changes"], Change);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	

}

export namespace backup {
	
	export class Info {
	    path: string;
	    name: string;
	    size: number;
	    schemaVersion: number;
	    // Go type: time
	    createdAt: any;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Info(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.name = source["name"];
	        this.size = source["size"];
	        this.schemaVersion = source["schemaVersion"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.reason = source["reason"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace boundaries {
	
	export class Feature {
	    index: number;
	    code: string;
	    name: string;
	    kecamatan: string;
	    desaId: number;
	    desa: string;
	    by: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new Feature(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.index = source["index"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.kecamatan = source["kecamatan"];
	        this.desaId = source["desaId"];
	        this.desa = source["desa"];
	        this.by = source["by"];
	        this.reason = source["reason"];
	    }
	}
	export class Preview {
	    file: string;
	    features: number;
	    matched: Feature[];
	    unmatched: Feature[];
	    villages: number;
	    missing: string[];
	    duplicate: number;
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.features = source["features"];
	        this.matched = this.convertValues(source["matched"], Feature);
	        this.unmatched = this.convertValues(source["unmatched"], Feature);
	        this.villages = source["villages"];
	        this.missing = source["missing"];
	        this.duplicate = source["duplicate"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Result {
	    file: string;
	    stored: number;
	    unmatched: number;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.stored = source["stored"];
	        this.unmatched = source["unmatched"];
	    }
	}

}

export namespace brief {
	
	export class Result {
	    path: string;
	    format: string;
	    pages: number;
	    opd: number;
	    notReported: number;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.format = source["format"];
	        this.pages = source["pages"];
	        this.opd = source["opd"];
	        this.notReported = source["notReported"];
	    }
	}

}

export namespace common {
	
	export class ProgressEvent {
	    task: string;
	    stage: string;
	    done: number;
	    total: number;
	    percent: number;
	    rate: number;
	    etaSec: number;
	    message: string;
	    job?: string;
	    unit?: string;
	
	    static createFrom(source: any = {}) {
	        return new ProgressEvent(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.task = source["task"];
	        this.stage = source["stage"];
	        this.done = source["done"];
	        this.total = source["total"];
	        this.percent = source["percent"];
	        this.rate = source["rate"];
	        this.etaSec = source["etaSec"];
	        this.message = source["message"];
	        this.job = source["job"];
	        this.unit = source["unit"];
	    }
	}

}

export namespace dashboard {
	
	export class AreaRow {
	    id: number;
	    code: string;
	    name: string;
	    villages: number;
	    desil12: number;
	    activities: number;
	    planned: number;
	    realised: number;
	    absorption: number;
	
	    static createFrom(source: any = {}) {
	        return new AreaRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.villages = source["villages"];
	        this.desil12 = source["desil12"];
	        this.activities = source["activities"];
	        this.planned = source["planned"];
	        this.realised = source["realised"];
	        this.absorption = source["absorption"];
	    }
	}
	export class Table {
	    title: string;
	    header: string[];
	    rows: string[][];
	
	    static createFrom(source: any = {}) {
	        return new Table(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.header = source["header"];
	        this.rows = source["rows"];
	    }
	}
	export class OutcomeHooks {
	    tables: Table[];
	
	    static createFrom(source: any = {}) {
	        return new OutcomeHooks(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tables = this.convertValues(source["tables"], Table);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class VerifyRow {
	    kecamatan: string;
	    families: number;
	    familiesVerified: number;
	    members: number;
	    membersVerified: number;
	    percent: number;
	
	    static createFrom(source: any = {}) {
	        return new VerifyRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kecamatan = source["kecamatan"];
	        this.families = source["families"];
	        this.familiesVerified = source["familiesVerified"];
	        this.members = source["members"];
	        this.membersVerified = source["membersVerified"];
	        this.percent = source["percent"];
	    }
	}
	export class Verification {
	    editionId: number;
	    edition: string;
	    families: number;
	    familiesVerified: number;
	    members: number;
	    membersVerified: number;
	    percent: number;
	
	    static createFrom(source: any = {}) {
	        return new Verification(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.editionId = source["editionId"];
	        this.edition = source["edition"];
	        this.families = source["families"];
	        this.familiesVerified = source["familiesVerified"];
	        this.members = source["members"];
	        this.membersVerified = source["membersVerified"];
	        this.percent = source["percent"];
	    }
	}
	export class EditionRef {
	    id: number;
	    name: string;
	    dataDate: string;
	
	    static createFrom(source: any = {}) {
	        return new EditionRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.dataDate = source["dataDate"];
	    }
	}
	export class VillageRow {
	    desaId: number;
	    code: string;
	    name: string;
	    kecamatanId: number;
	    kecamatan: string;
	    priority: boolean;
	    pendampinganId: number;
	    opd: string;
	    desil12: number;
	    desil12ByEdition: number[];
	    families: number;
	    activities: number;
	    planned: number;
	    realised: number;
	    progress: number;
	    verified: number;
	
	    static createFrom(source: any = {}) {
	        return new VillageRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desaId = source["desaId"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.kecamatanId = source["kecamatanId"];
	        this.kecamatan = source["kecamatan"];
	        this.priority = source["priority"];
	        this.pendampinganId = source["pendampinganId"];
	        this.opd = source["opd"];
	        this.desil12 = source["desil12"];
	        this.desil12ByEdition = source["desil12ByEdition"];
	        this.families = source["families"];
	        this.activities = source["activities"];
	        this.planned = source["planned"];
	        this.realised = source["realised"];
	        this.progress = source["progress"];
	        this.verified = source["verified"];
	    }
	}
	export class VillageRef {
	    pendampinganId: number;
	    desaId: number;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new VillageRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.desaId = source["desaId"];
	        this.name = source["name"];
	    }
	}
	export class OPDRow {
	    id: number;
	    code: string;
	    name: string;
	    abbreviation: string;
	    villages: VillageRef[];
	    activities: number;
	    planned: number;
	    realised: number;
	    absorption: number;
	    progress: number;
	    expected: number;
	    late: number;
	    lastReportedMonth: number;
	    reported: boolean;
	    behind: boolean;
	
	    static createFrom(source: any = {}) {
	        return new OPDRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.abbreviation = source["abbreviation"];
	        this.villages = this.convertValues(source["villages"], VillageRef);
	        this.activities = source["activities"];
	        this.planned = source["planned"];
	        this.realised = source["realised"];
	        this.absorption = source["absorption"];
	        this.progress = source["progress"];
	        this.expected = source["expected"];
	        this.late = source["late"];
	        this.lastReportedMonth = source["lastReportedMonth"];
	        this.reported = source["reported"];
	        this.behind = source["behind"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Source {
	    code: string;
	    label: string;
	    planned: number;
	    realised: number;
	    absorption: number;
	
	    static createFrom(source: any = {}) {
	        return new Source(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	        this.planned = source["planned"];
	        this.realised = source["realised"];
	        this.absorption = source["absorption"];
	    }
	}
	export class Headline {
	    priorityVillages: number;
	    paired: number;
	    withTeam: number;
	    withPlan: number;
	    withRealisation: number;
	    lettersIssued: number;
	    activities: number;
	    late: number;
	    planned: number;
	    realised: number;
	    absorption: number;
	    progress: number;
	    expected: number;
	    households: number;
	    people: number;
	    opdReported: number;
	    opdNotReported: number;
	
	    static createFrom(source: any = {}) {
	        return new Headline(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.priorityVillages = source["priorityVillages"];
	        this.paired = source["paired"];
	        this.withTeam = source["withTeam"];
	        this.withPlan = source["withPlan"];
	        this.withRealisation = source["withRealisation"];
	        this.lettersIssued = source["lettersIssued"];
	        this.activities = source["activities"];
	        this.late = source["late"];
	        this.planned = source["planned"];
	        this.realised = source["realised"];
	        this.absorption = source["absorption"];
	        this.progress = source["progress"];
	        this.expected = source["expected"];
	        this.households = source["households"];
	        this.people = source["people"];
	        this.opdReported = source["opdReported"];
	        this.opdNotReported = source["opdNotReported"];
	    }
	}
	export class Step {
	    key: string;
	    label: string;
	    done: boolean;
	    route: string;
	
	    static createFrom(source: any = {}) {
	        return new Step(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.done = source["done"];
	        this.route = source["route"];
	    }
	}
	export class Dashboard {
	    year: number;
	    month: number;
	    monthName: string;
	    empty: boolean;
	    checklist: Step[];
	    headline: Headline;
	    sources: Source[];
	    opd: OPDRow[];
	    kecamatan: AreaRow[];
	    villages: VillageRow[];
	    editions: EditionRef[];
	    verification: Verification;
	    verifyByKecamatan: VerifyRow[];
	    outcome?: OutcomeHooks;
	    boundaries: number;
	
	    static createFrom(source: any = {}) {
	        return new Dashboard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.month = source["month"];
	        this.monthName = source["monthName"];
	        this.empty = source["empty"];
	        this.checklist = this.convertValues(source["checklist"], Step);
	        this.headline = this.convertValues(source["headline"], Headline);
	        this.sources = this.convertValues(source["sources"], Source);
	        this.opd = this.convertValues(source["opd"], OPDRow);
	        this.kecamatan = this.convertValues(source["kecamatan"], AreaRow);
	        this.villages = this.convertValues(source["villages"], VillageRow);
	        this.editions = this.convertValues(source["editions"], EditionRef);
	        this.verification = this.convertValues(source["verification"], Verification);
	        this.verifyByKecamatan = this.convertValues(source["verifyByKecamatan"], VerifyRow);
	        this.outcome = this.convertValues(source["outcome"], OutcomeHooks);
	        this.boundaries = source["boundaries"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	
	
	
	
	
	

}

export namespace dbcheck {
	
	export class Report {
	    mode: string;
	    problems: string[];
	    tables: number;
	    rows: number;
	    seconds: number;
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mode = source["mode"];
	        this.problems = source["problems"];
	        this.tables = source["tables"];
	        this.rows = source["rows"];
	        this.seconds = source["seconds"];
	    }
	}

}

export namespace demo {
	
	export class Summary {
	    kecamatan: number;
	    desa: number;
	    opd: number;
	    priority: number;
	    year: number;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kecamatan = source["kecamatan"];
	        this.desa = source["desa"];
	        this.opd = source["opd"];
	        this.priority = source["priority"];
	        this.year = source["year"];
	    }
	}

}

export namespace evaluation {
	
	export class Ketepatan {
	    figures: households.TargetingFigures;
	    editions: string[];
	    suggestedLokasi: string;
	    suggestedSasaran: string;
	    lokasi: string;
	    sasaran: string;
	
	    static createFrom(source: any = {}) {
	        return new Ketepatan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.figures = this.convertValues(source["figures"], households.TargetingFigures);
	        this.editions = source["editions"];
	        this.suggestedLokasi = source["suggestedLokasi"];
	        this.suggestedSasaran = source["suggestedSasaran"];
	        this.lokasi = source["lokasi"];
	        this.sasaran = source["sasaran"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Row {
	    pendampinganId: number;
	    kecamatanName: string;
	    desaName: string;
	    opdName: string;
	    evaluated: boolean;
	    scoreLokasi: number;
	    scoreSasaran: number;
	    scoreManfaat: number;
	    scoreKolaborasi: number;
	    average: number;
	
	    static createFrom(source: any = {}) {
	        return new Row(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.kecamatanName = source["kecamatanName"];
	        this.desaName = source["desaName"];
	        this.opdName = source["opdName"];
	        this.evaluated = source["evaluated"];
	        this.scoreLokasi = source["scoreLokasi"];
	        this.scoreSasaran = source["scoreSasaran"];
	        this.scoreManfaat = source["scoreManfaat"];
	        this.scoreKolaborasi = source["scoreKolaborasi"];
	        this.average = source["average"];
	    }
	}
	export class Summary {
	    pendampinganId: number;
	    year: number;
	    semester: number;
	    desaName: string;
	    kecamatanName: string;
	    opdName: string;
	    evaluation: models.Evaluasi;
	    average: number;
	    progress: progress.Group;
	    behind: progress.ActivityStat[];
	    changes: assessment.Change[];
	    ketepatan: Ketepatan;
	
	    static createFrom(source: any = {}) {
	        return new Summary(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.year = source["year"];
	        this.semester = source["semester"];
	        this.desaName = source["desaName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.opdName = source["opdName"];
	        this.evaluation = this.convertValues(source["evaluation"], models.Evaluasi);
	        this.average = source["average"];
	        this.progress = this.convertValues(source["progress"], progress.Group);
	        this.behind = this.convertValues(source["behind"], progress.ActivityStat);
	        this.changes = this.convertValues(source["changes"], assessment.Change);
	        this.ketepatan = this.convertValues(source["ketepatan"], Ketepatan);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace households {
	
	export class BeneficiaryPick {
	    kegiatanId: number;
	    month: number;
	    memberIds: number[];
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new BeneficiaryPick(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kegiatanId = source["kegiatanId"];
	        this.month = source["month"];
	        this.memberIds = source["memberIds"];
	        this.note = source["note"];
	    }
	}
	export class MemberRow {
	    id: number;
	    keluargaId: number;
	    edisiId: number;
	    nik: string;
	    nikFlag: string;
	    noKk: string;
	    name: string;
	    relationship: string;
	    sex: string;
	    birthPlace: string;
	    birthDate: string;
	    desaId: number;
	    desa: string;
	    kecamatan: string;
	    address: string;
	    rt: string;
	    rw: string;
	    desil?: number;
	    status: string;
	    statusDate: string;
	    verifierName: string;
	    statusNote: string;
	
	    static createFrom(source: any = {}) {
	        return new MemberRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.keluargaId = source["keluargaId"];
	        this.edisiId = source["edisiId"];
	        this.nik = source["nik"];
	        this.nikFlag = source["nikFlag"];
	        this.noKk = source["noKk"];
	        this.name = source["name"];
	        this.relationship = source["relationship"];
	        this.sex = source["sex"];
	        this.birthPlace = source["birthPlace"];
	        this.birthDate = source["birthDate"];
	        this.desaId = source["desaId"];
	        this.desa = source["desa"];
	        this.kecamatan = source["kecamatan"];
	        this.address = source["address"];
	        this.rt = source["rt"];
	        this.rw = source["rw"];
	        this.desil = source["desil"];
	        this.status = source["status"];
	        this.statusDate = source["statusDate"];
	        this.verifierName = source["verifierName"];
	        this.statusNote = source["statusNote"];
	    }
	}
	export class BeneficiaryRow {
	    pickId: number;
	    kegiatanId: number;
	    kegiatan: string;
	    month: number;
	    note: string;
	    member: MemberRow;
	
	    static createFrom(source: any = {}) {
	        return new BeneficiaryRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pickId = source["pickId"];
	        this.kegiatanId = source["kegiatanId"];
	        this.kegiatan = source["kegiatan"];
	        this.month = source["month"];
	        this.note = source["note"];
	        this.member = this.convertValues(source["member"], MemberRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class CompareVillage {
	    desaId: number;
	    desa: string;
	    kecamatan: string;
	    familiesIn: number;
	    familiesOut: number;
	    desilChanged: number;
	    membersIn: number;
	    membersOut: number;
	
	    static createFrom(source: any = {}) {
	        return new CompareVillage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desaId = source["desaId"];
	        this.desa = source["desa"];
	        this.kecamatan = source["kecamatan"];
	        this.familiesIn = source["familiesIn"];
	        this.familiesOut = source["familiesOut"];
	        this.desilChanged = source["desilChanged"];
	        this.membersIn = source["membersIn"];
	        this.membersOut = source["membersOut"];
	    }
	}
	export class Comparison {
	    from: models.Edisi;
	    to: models.Edisi;
	    familiesIn: number;
	    familiesOut: number;
	    desilChanged: number;
	    desilUp: number;
	    membersIn: number;
	    membersOut: number;
	    villages: CompareVillage[];
	
	    static createFrom(source: any = {}) {
	        return new Comparison(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = this.convertValues(source["from"], models.Edisi);
	        this.to = this.convertValues(source["to"], models.Edisi);
	        this.familiesIn = source["familiesIn"];
	        this.familiesOut = source["familiesOut"];
	        this.desilChanged = source["desilChanged"];
	        this.desilUp = source["desilUp"];
	        this.membersIn = source["membersIn"];
	        this.membersOut = source["membersOut"];
	        this.villages = this.convertValues(source["villages"], CompareVillage);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EditionResult {
	    edition: models.Edisi;
	    archiveFile: string;
	    seconds: number;
	
	    static createFrom(source: any = {}) {
	        return new EditionResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.edition = this.convertValues(source["edition"], models.Edisi);
	        this.archiveFile = source["archiveFile"];
	        this.seconds = source["seconds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FamilyRow {
	    id: number;
	    noKk: string;
	    address: string;
	    rt: string;
	    rw: string;
	    desil?: number;
	    status: string;
	    statusDate: string;
	    verifierName: string;
	    statusNote: string;
	    members: MemberRow[];
	
	    static createFrom(source: any = {}) {
	        return new FamilyRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.noKk = source["noKk"];
	        this.address = source["address"];
	        this.rt = source["rt"];
	        this.rw = source["rw"];
	        this.desil = source["desil"];
	        this.status = source["status"];
	        this.statusDate = source["statusDate"];
	        this.verifierName = source["verifierName"];
	        this.statusNote = source["statusNote"];
	        this.members = this.convertValues(source["members"], MemberRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FamilyPage {
	    total: number;
	    page: number;
	    pageSize: number;
	    rows: FamilyRow[];
	
	    static createFrom(source: any = {}) {
	        return new FamilyPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	        this.rows = this.convertValues(source["rows"], FamilyRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class FamilyQuery {
	    editionId: number;
	    desaId: number;
	    desil: number[];
	    status: string;
	    rt: string;
	    rw: string;
	    page: number;
	    pageSize: number;
	
	    static createFrom(source: any = {}) {
	        return new FamilyQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.editionId = source["editionId"];
	        this.desaId = source["desaId"];
	        this.desil = source["desil"];
	        this.status = source["status"];
	        this.rt = source["rt"];
	        this.rw = source["rw"];
	        this.page = source["page"];
	        this.pageSize = source["pageSize"];
	    }
	}
	
	export class FieldInfo {
	    key: string;
	    label: string;
	    required: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FieldInfo(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.required = source["required"];
	    }
	}
	export class SheetMapping {
	    file: string;
	    sheet: string;
	    columns: string[];
	
	    static createFrom(source: any = {}) {
	        return new SheetMapping(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.columns = source["columns"];
	    }
	}
	export class ImportInput {
	    files: string[];
	    source: string;
	    edition: string;
	    dataDate: string;
	    mode: string;
	    mappings: SheetMapping[];
	    reportPath: string;
	    expectedRows: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.files = source["files"];
	        this.source = source["source"];
	        this.edition = source["edition"];
	        this.dataDate = source["dataDate"];
	        this.mode = source["mode"];
	        this.mappings = this.convertValues(source["mappings"], SheetMapping);
	        this.reportPath = source["reportPath"];
	        this.expectedRows = source["expectedRows"];
	        this.note = source["note"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Warning {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    header: string;
	    code: string;
	    message: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Warning(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.header = source["header"];
	        this.code = source["code"];
	        this.message = source["message"];
	        this.text = source["text"];
	    }
	}
	export class RowError {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    header: string;
	    value: string;
	    code: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new RowError(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.header = source["header"];
	        this.value = source["value"];
	        this.code = source["code"];
	        this.message = source["message"];
	    }
	}
	export class ImportResult {
	    editionId: number;
	    edition: string;
	    source: string;
	    rowsRead: number;
	    imported: number;
	    families: number;
	    skipped: number;
	    errorCount: number;
	    errors: RowError[];
	    errorReport: string;
	    flagged: RowError[];
	    flaggedCount: number;
	    notes: string[];
	    warnings: Warning[];
	    seconds: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.editionId = source["editionId"];
	        this.edition = source["edition"];
	        this.source = source["source"];
	        this.rowsRead = source["rowsRead"];
	        this.imported = source["imported"];
	        this.families = source["families"];
	        this.skipped = source["skipped"];
	        this.errorCount = source["errorCount"];
	        this.errors = this.convertValues(source["errors"], RowError);
	        this.errorReport = source["errorReport"];
	        this.flagged = this.convertValues(source["flagged"], RowError);
	        this.flaggedCount = source["flaggedCount"];
	        this.notes = source["notes"];
	        this.warnings = this.convertValues(source["warnings"], Warning);
	        this.seconds = source["seconds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LedgerEntry {
	    year: number;
	    month: number;
	    kegiatanId: number;
	    kegiatan: string;
	    strategy: string;
	    targetGroup: string;
	    opd: string;
	    desa: string;
	    kecamatan: string;
	    sources: string[];
	    budget: number;
	    spent: number;
	    member: string;
	    nik: string;
	    noKk: string;
	    edition: string;
	    duplicate: boolean;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new LedgerEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.month = source["month"];
	        this.kegiatanId = source["kegiatanId"];
	        this.kegiatan = source["kegiatan"];
	        this.strategy = source["strategy"];
	        this.targetGroup = source["targetGroup"];
	        this.opd = source["opd"];
	        this.desa = source["desa"];
	        this.kecamatan = source["kecamatan"];
	        this.sources = source["sources"];
	        this.budget = source["budget"];
	        this.spent = source["spent"];
	        this.member = source["member"];
	        this.nik = source["nik"];
	        this.noKk = source["noKk"];
	        this.edition = source["edition"];
	        this.duplicate = source["duplicate"];
	        this.note = source["note"];
	    }
	}
	export class Ledger {
	    scope: string;
	    subject: string;
	    noKk: string;
	    nik: string;
	    entries: LedgerEntry[];
	    duplicates: number;
	    years: number[];
	
	    static createFrom(source: any = {}) {
	        return new Ledger(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.scope = source["scope"];
	        this.subject = source["subject"];
	        this.noKk = source["noKk"];
	        this.nik = source["nik"];
	        this.entries = this.convertValues(source["entries"], LedgerEntry);
	        this.duplicates = source["duplicates"];
	        this.years = source["years"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class LedgerQuery {
	    memberId: number;
	    scope: string;
	    noKk: string;
	    nik: string;
	
	    static createFrom(source: any = {}) {
	        return new LedgerQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.scope = source["scope"];
	        this.noKk = source["noKk"];
	        this.nik = source["nik"];
	    }
	}
	
	export class MovementVillage {
	    desa_id: number;
	    code: string;
	    desa: string;
	    kecamatan: string;
	    accompanied: boolean;
	    low_a: number;
	    up: number;
	    still_low: number;
	    gone: number;
	    no_desil: number;
	    new_low: number;
	    up_rate: number;
	    by_beneficiaries?: MovementSplit;
	
	    static createFrom(source: any = {}) {
	        return new MovementVillage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desa_id = source["desa_id"];
	        this.code = source["code"];
	        this.desa = source["desa"];
	        this.kecamatan = source["kecamatan"];
	        this.accompanied = source["accompanied"];
	        this.low_a = source["low_a"];
	        this.up = source["up"];
	        this.still_low = source["still_low"];
	        this.gone = source["gone"];
	        this.no_desil = source["no_desil"];
	        this.new_low = source["new_low"];
	        this.up_rate = source["up_rate"];
	        this.by_beneficiaries = this.convertValues(source["by_beneficiaries"], MovementSplit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MovementFigures {
	    low_a: number;
	    up: number;
	    still_low: number;
	    gone: number;
	    no_desil: number;
	    new_low: number;
	    up_rate: number;
	
	    static createFrom(source: any = {}) {
	        return new MovementFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.low_a = source["low_a"];
	        this.up = source["up"];
	        this.still_low = source["still_low"];
	        this.gone = source["gone"];
	        this.no_desil = source["no_desil"];
	        this.new_low = source["new_low"];
	        this.up_rate = source["up_rate"];
	    }
	}
	export class MovementSplit {
	    beneficiary: MovementFigures;
	    non_beneficiary: MovementFigures;
	
	    static createFrom(source: any = {}) {
	        return new MovementSplit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.beneficiary = this.convertValues(source["beneficiary"], MovementFigures);
	        this.non_beneficiary = this.convertValues(source["non_beneficiary"], MovementFigures);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MovementGroup {
	    villages: number;
	    low_a: number;
	    up: number;
	    still_low: number;
	    gone: number;
	    no_desil: number;
	    new_low: number;
	    up_rate: number;
	    by_beneficiaries?: MovementSplit;
	
	    static createFrom(source: any = {}) {
	        return new MovementGroup(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.villages = source["villages"];
	        this.low_a = source["low_a"];
	        this.up = source["up"];
	        this.still_low = source["still_low"];
	        this.gone = source["gone"];
	        this.no_desil = source["no_desil"];
	        this.new_low = source["new_low"];
	        this.up_rate = source["up_rate"];
	        this.by_beneficiaries = this.convertValues(source["by_beneficiaries"], MovementSplit);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Movement {
	    from: models.Edisi;
	    to: models.Edisi;
	    total: MovementGroup;
	    accompanied: MovementGroup;
	    non_accompanied: MovementGroup;
	    by_beneficiaries?: MovementSplit;
	    matched_by_kk: number;
	    matched_by_nik: number;
	    years_from: number;
	    years_to: number;
	    aid_until: string;
	    note: string;
	    villages: MovementVillage[];
	
	    static createFrom(source: any = {}) {
	        return new Movement(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = this.convertValues(source["from"], models.Edisi);
	        this.to = this.convertValues(source["to"], models.Edisi);
	        this.total = this.convertValues(source["total"], MovementGroup);
	        this.accompanied = this.convertValues(source["accompanied"], MovementGroup);
	        this.non_accompanied = this.convertValues(source["non_accompanied"], MovementGroup);
	        this.by_beneficiaries = this.convertValues(source["by_beneficiaries"], MovementSplit);
	        this.matched_by_kk = source["matched_by_kk"];
	        this.matched_by_nik = source["matched_by_nik"];
	        this.years_from = source["years_from"];
	        this.years_to = source["years_to"];
	        this.aid_until = source["aid_until"];
	        this.note = source["note"];
	        this.villages = this.convertValues(source["villages"], MovementVillage);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class MovementOptions {
	    byBeneficiaries: boolean;
	
	    static createFrom(source: any = {}) {
	        return new MovementOptions(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.byBeneficiaries = source["byBeneficiaries"];
	    }
	}
	
	
	export class VillageMiss {
	    code: string;
	    name: string;
	    kecamatan: string;
	    outside: boolean;
	    rows: number;
	    first: string;
	
	    static createFrom(source: any = {}) {
	        return new VillageMiss(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.name = source["name"];
	        this.kecamatan = source["kecamatan"];
	        this.outside = source["outside"];
	        this.rows = source["rows"];
	        this.first = source["first"];
	    }
	}
	export class SheetPreview {
	    file: string;
	    sheet: string;
	    source: string;
	    headerRow: number;
	    headers: string[];
	    columns: string[];
	    remembered: boolean;
	    missing: string[];
	    samples: string[][];
	
	    static createFrom(source: any = {}) {
	        return new SheetPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.source = source["source"];
	        this.headerRow = source["headerRow"];
	        this.headers = source["headers"];
	        this.columns = source["columns"];
	        this.remembered = source["remembered"];
	        this.missing = source["missing"];
	        this.samples = source["samples"];
	    }
	}
	export class Preview {
	    source: string;
	    sheets: SheetPreview[];
	    fields: FieldInfo[];
	    notes: string[];
	    warnings: Warning[];
	    rowsRead: number;
	    validRows: number;
	    errorCount: number;
	    errorsByCode: Record<string, number>;
	    errors: RowError[];
	    flaggedCount: number;
	    flagged: RowError[];
	    unmatchedVillages: VillageMiss[];
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.sheets = this.convertValues(source["sheets"], SheetPreview);
	        this.fields = this.convertValues(source["fields"], FieldInfo);
	        this.notes = source["notes"];
	        this.warnings = this.convertValues(source["warnings"], Warning);
	        this.rowsRead = source["rowsRead"];
	        this.validRows = source["validRows"];
	        this.errorCount = source["errorCount"];
	        this.errorsByCode = source["errorsByCode"];
	        this.errors = this.convertValues(source["errors"], RowError);
	        this.flaggedCount = source["flaggedCount"];
	        this.flagged = this.convertValues(source["flagged"], RowError);
	        this.unmatchedVillages = this.convertValues(source["unmatchedVillages"], VillageMiss);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PreviewInput {
	    files: string[];
	    source: string;
	    mappings: SheetMapping[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.files = source["files"];
	        this.source = source["source"];
	        this.mappings = this.convertValues(source["mappings"], SheetMapping);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PriorityRow {
	    rank: number;
	    desaId: number;
	    code: string;
	    desa: string;
	    kecamatan: string;
	    families: number;
	    desil12: number;
	    share: number;
	    priority: boolean;
	    continuation: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PriorityRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rank = source["rank"];
	        this.desaId = source["desaId"];
	        this.code = source["code"];
	        this.desa = source["desa"];
	        this.kecamatan = source["kecamatan"];
	        this.families = source["families"];
	        this.desil12 = source["desil12"];
	        this.share = source["share"];
	        this.priority = source["priority"];
	        this.continuation = source["continuation"];
	    }
	}
	export class Revealed {
	    id: number;
	    nik: string;
	    noKk: string;
	
	    static createFrom(source: any = {}) {
	        return new Revealed(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nik = source["nik"];
	        this.noKk = source["noKk"];
	    }
	}
	
	export class SearchQuery {
	    text: string;
	    editionId: number;
	    desaId: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new SearchQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.editionId = source["editionId"];
	        this.desaId = source["desaId"];
	        this.limit = source["limit"];
	    }
	}
	export class SearchResult {
	    mode: string;
	    rows: MemberRow[];
	
	    static createFrom(source: any = {}) {
	        return new SearchResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mode = source["mode"];
	        this.rows = this.convertValues(source["rows"], MemberRow);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class StatusCount {
	    status: string;
	    label: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new StatusCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.status = source["status"];
	        this.label = source["label"];
	        this.count = source["count"];
	    }
	}
	export class StatusUpdate {
	    level: string;
	    ids: number[];
	    status: string;
	    date: string;
	    verifierId?: number;
	    verifierName: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new StatusUpdate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.level = source["level"];
	        this.ids = source["ids"];
	        this.status = source["status"];
	        this.date = source["date"];
	        this.verifierId = source["verifierId"];
	        this.verifierName = source["verifierName"];
	        this.note = source["note"];
	    }
	}
	export class TargetingActivity {
	    kegiatanId: number;
	    kegiatan: string;
	    targetGroup: string;
	    pendampinganId: number;
	    desa: string;
	    opd: string;
	    beneficiaries: number;
	    families: number;
	    notFound: number;
	    onTarget: number;
	    onLocation: number;
	    valid: number;
	    onTargetPct: number;
	    onLocationPct: number;
	    validPct: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetingActivity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kegiatanId = source["kegiatanId"];
	        this.kegiatan = source["kegiatan"];
	        this.targetGroup = source["targetGroup"];
	        this.pendampinganId = source["pendampinganId"];
	        this.desa = source["desa"];
	        this.opd = source["opd"];
	        this.beneficiaries = source["beneficiaries"];
	        this.families = source["families"];
	        this.notFound = source["notFound"];
	        this.onTarget = source["onTarget"];
	        this.onLocation = source["onLocation"];
	        this.valid = source["valid"];
	        this.onTargetPct = source["onTargetPct"];
	        this.onLocationPct = source["onLocationPct"];
	        this.validPct = source["validPct"];
	    }
	}
	export class TargetingFigures {
	    beneficiaries: number;
	    families: number;
	    notFound: number;
	    onTarget: number;
	    onLocation: number;
	    valid: number;
	    onTargetPct: number;
	    onLocationPct: number;
	    validPct: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetingFigures(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.beneficiaries = source["beneficiaries"];
	        this.families = source["families"];
	        this.notFound = source["notFound"];
	        this.onTarget = source["onTarget"];
	        this.onLocation = source["onLocation"];
	        this.valid = source["valid"];
	        this.onTargetPct = source["onTargetPct"];
	        this.onLocationPct = source["onLocationPct"];
	        this.validPct = source["validPct"];
	    }
	}
	export class Targeting {
	    year: number;
	    untilMonth: number;
	    total: TargetingFigures;
	    activities: TargetingActivity[];
	    editions: string[];
	
	    static createFrom(source: any = {}) {
	        return new Targeting(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.untilMonth = source["untilMonth"];
	        this.total = this.convertValues(source["total"], TargetingFigures);
	        this.activities = this.convertValues(source["activities"], TargetingActivity);
	        this.editions = source["editions"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class TargetingFilter {
	    year: number;
	    pendampinganId: number;
	    untilMonth: number;
	
	    static createFrom(source: any = {}) {
	        return new TargetingFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.pendampinganId = source["pendampinganId"];
	        this.untilMonth = source["untilMonth"];
	    }
	}
	
	export class VillageProgress {
	    desaId: number;
	    desa: string;
	    kecamatan: string;
	    families: number;
	    familiesVerified: number;
	    members: number;
	    membersVerified: number;
	    percent: number;
	    familyStatus: StatusCount[];
	    memberStatus: StatusCount[];
	
	    static createFrom(source: any = {}) {
	        return new VillageProgress(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desaId = source["desaId"];
	        this.desa = source["desa"];
	        this.kecamatan = source["kecamatan"];
	        this.families = source["families"];
	        this.familiesVerified = source["familiesVerified"];
	        this.members = source["members"];
	        this.membersVerified = source["membersVerified"];
	        this.percent = source["percent"];
	        this.familyStatus = this.convertValues(source["familyStatus"], StatusCount);
	        this.memberStatus = this.convertValues(source["memberStatus"], StatusCount);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace jobs {
	
	export class Error {
	    code: string;
	    message: string;
	    details?: string[];
	    params?: Record<string, any>;
	
	    static createFrom(source: any = {}) {
	        return new Error(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.message = source["message"];
	        this.details = source["details"];
	        this.params = source["params"];
	    }
	}
	export class Info {
	    id: string;
	    kind: string;
	    task: string;
	    label: string;
	    state: string;
	    // Go type: time
	    startedAt: any;
	    // Go type: time
	    endedAt?: any;
	    progress?: common.ProgressEvent;
	    result?: any;
	    error?: Error;
	
	    static createFrom(source: any = {}) {
	        return new Info(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.task = source["task"];
	        this.label = source["label"];
	        this.state = source["state"];
	        this.startedAt = this.convertValues(source["startedAt"], null);
	        this.endedAt = this.convertValues(source["endedAt"], null);
	        this.progress = this.convertValues(source["progress"], common.ProgressEvent);
	        this.result = source["result"];
	        this.error = this.convertValues(source["error"], Error);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace letters {
	
	export class ArchiveQuery {
	    type: string;
	    year: number;
	    search: string;
	
	    static createFrom(source: any = {}) {
	        return new ArchiveQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.year = source["year"];
	        this.search = source["search"];
	    }
	}
	export class ArchiveRow {
	    id: number;
	    type: string;
	    year: number;
	    opdId?: number;
	    status: string;
	    number: string;
	    seq: number;
	    subject: string;
	    // Go type: time
	    letterDate?: any;
	    place: string;
	    paper: string;
	    signatoryRole: string;
	    signatoryTitle: string;
	    signatoryName: string;
	    signatoryRank: string;
	    signatoryNip: string;
	    pdfPath: string;
	    shortCode: string;
	    qrPayload: string;
	    cancelReason: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    opdName: string;
	
	    static createFrom(source: any = {}) {
	        return new ArchiveRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.year = source["year"];
	        this.opdId = source["opdId"];
	        this.status = source["status"];
	        this.number = source["number"];
	        this.seq = source["seq"];
	        this.subject = source["subject"];
	        this.letterDate = this.convertValues(source["letterDate"], null);
	        this.place = source["place"];
	        this.paper = source["paper"];
	        this.signatoryRole = source["signatoryRole"];
	        this.signatoryTitle = source["signatoryTitle"];
	        this.signatoryName = source["signatoryName"];
	        this.signatoryRank = source["signatoryRank"];
	        this.signatoryNip = source["signatoryNip"];
	        this.pdfPath = source["pdfPath"];
	        this.shortCode = source["shortCode"];
	        this.qrPayload = source["qrPayload"];
	        this.cancelReason = source["cancelReason"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.opdName = source["opdName"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ManualNumberInput {
	    type: string;
	    year: number;
	    seq: number;
	    number: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new ManualNumberInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.year = source["year"];
	        this.seq = source["seq"];
	        this.number = source["number"];
	        this.note = source["note"];
	    }
	}
	export class Request {
	    type: string;
	    year: number;
	    opdId: number;
	    paper: string;
	    date: string;
	    forceDate: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Request(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.year = source["year"];
	        this.opdId = source["opdId"];
	        this.paper = source["paper"];
	        this.date = source["date"];
	        this.forceDate = source["forceDate"];
	    }
	}
	export class TemplatePart {
	    type: string;
	    part: string;
	    label: string;
	    multiline: boolean;
	    text: string;
	    default: string;
	    placeholders: string[];
	
	    static createFrom(source: any = {}) {
	        return new TemplatePart(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.type = source["type"];
	        this.part = source["part"];
	        this.label = source["label"];
	        this.multiline = source["multiline"];
	        this.text = source["text"];
	        this.default = source["default"];
	        this.placeholders = source["placeholders"];
	    }
	}
	export class VerifyResult {
	    valid: boolean;
	    status: string;
	    message: string;
	    letter?: models.Surat;
	
	    static createFrom(source: any = {}) {
	        return new VerifyResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.valid = source["valid"];
	        this.status = source["status"];
	        this.message = source["message"];
	        this.letter = this.convertValues(source["letter"], models.Surat);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace master {
	
	export class DesaInput {
	    id: number;
	    code: string;
	    name: string;
	    kind: string;
	    kecamatanId: number;
	    population: number;
	    households: number;
	    poorHouseholds: number;
	    povertyPct: number;
	    idmStatus: string;
	    year: number;
	    priority: boolean;
	    continuation: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DesaInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.kecamatanId = source["kecamatanId"];
	        this.population = source["population"];
	        this.households = source["households"];
	        this.poorHouseholds = source["poorHouseholds"];
	        this.povertyPct = source["povertyPct"];
	        this.idmStatus = source["idmStatus"];
	        this.year = source["year"];
	        this.priority = source["priority"];
	        this.continuation = source["continuation"];
	    }
	}
	export class DesaQuery {
	    search: string;
	    kecamatanId: number;
	    year: number;
	    priorityOnly: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DesaQuery(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.kecamatanId = source["kecamatanId"];
	        this.year = source["year"];
	        this.priorityOnly = source["priorityOnly"];
	    }
	}
	export class DesaRow {
	    id: number;
	    code: string;
	    name: string;
	    kind: string;
	    kecamatanId: number;
	    kecamatan?: models.Kecamatan;
	    population: number;
	    households: number;
	    poorHouseholds: number;
	    povertyPct: number;
	    idmStatus: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    kecamatanCode: string;
	    kecamatanName: string;
	    year: number;
	    priority: boolean;
	    continuation: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DesaRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.kecamatanId = source["kecamatanId"];
	        this.kecamatan = this.convertValues(source["kecamatan"], models.Kecamatan);
	        this.population = source["population"];
	        this.households = source["households"];
	        this.poorHouseholds = source["poorHouseholds"];
	        this.povertyPct = source["povertyPct"];
	        this.idmStatus = source["idmStatus"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.kecamatanCode = source["kecamatanCode"];
	        this.kecamatanName = source["kecamatanName"];
	        this.year = source["year"];
	        this.priority = source["priority"];
	        this.continuation = source["continuation"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class KecamatanInput {
	    id: number;
	    code: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new KecamatanInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	    }
	}
	export class KecamatanRow {
	    id: number;
	    code: string;
	    name: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    villageCount: number;
	
	    static createFrom(source: any = {}) {
	        return new KecamatanRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.villageCount = source["villageCount"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class YearRow {
	    id: number;
	    year: number;
	    active: boolean;
	    note: string;
	    priorityCount: number;
	
	    static createFrom(source: any = {}) {
	        return new YearRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.year = source["year"];
	        this.active = source["active"];
	        this.note = source["note"];
	        this.priorityCount = source["priorityCount"];
	    }
	}

}

export namespace masterxlsx {
	
	export class ColumnMap {
	    field: string;
	    label: string;
	    header: string;
	    column: string;
	
	    static createFrom(source: any = {}) {
	        return new ColumnMap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.label = source["label"];
	        this.header = source["header"];
	        this.column = source["column"];
	    }
	}
	export class EntityCount {
	    entity: string;
	    new: number;
	    updated: number;
	    same: number;
	
	    static createFrom(source: any = {}) {
	        return new EntityCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entity = source["entity"];
	        this.new = source["new"];
	        this.updated = source["updated"];
	        this.same = source["same"];
	    }
	}
	export class SheetMap {
	    name: string;
	    entity: string;
	    headerRow: number;
	    columns: ColumnMap[];
	    ignored: string[];
	
	    static createFrom(source: any = {}) {
	        return new SheetMap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.entity = source["entity"];
	        this.headerRow = source["headerRow"];
	        this.columns = this.convertValues(source["columns"], ColumnMap);
	        this.ignored = source["ignored"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Problem {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    header: string;
	    cell: string;
	    value: string;
	    message: string;
	    text: string;
	    code?: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.header = source["header"];
	        this.cell = source["cell"];
	        this.value = source["value"];
	        this.message = source["message"];
	        this.text = source["text"];
	        this.code = source["code"];
	    }
	}
	export class PreviewRow {
	    row: number;
	    action: string;
	    values: Record<string, string>;
	    sheet: string;
	    entity: string;
	    changed?: string[];
	
	    static createFrom(source: any = {}) {
	        return new PreviewRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.action = source["action"];
	        this.values = source["values"];
	        this.sheet = source["sheet"];
	        this.entity = source["entity"];
	        this.changed = source["changed"];
	    }
	}
	export class Preview {
	    file: string;
	    kind: string;
	    sheet: string;
	    columns: ColumnMap[];
	    rows: PreviewRow[];
	    problems: Problem[];
	    warnings: Problem[];
	    new: number;
	    updated: number;
	    same: number;
	    sheets: SheetMap[];
	    counts: EntityCount[];
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.kind = source["kind"];
	        this.sheet = source["sheet"];
	        this.columns = this.convertValues(source["columns"], ColumnMap);
	        this.rows = this.convertValues(source["rows"], PreviewRow);
	        this.problems = this.convertValues(source["problems"], Problem);
	        this.warnings = this.convertValues(source["warnings"], Problem);
	        this.new = source["new"];
	        this.updated = source["updated"];
	        this.same = source["same"];
	        this.sheets = this.convertValues(source["sheets"], SheetMap);
	        this.counts = this.convertValues(source["counts"], EntityCount);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class Result {
	    file: string;
	    kind: string;
	    new: number;
	    updated: number;
	    same: number;
	    counts: EntityCount[];
	    warnings: Problem[];
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.kind = source["kind"];
	        this.new = source["new"];
	        this.updated = source["updated"];
	        this.same = source["same"];
	        this.counts = this.convertValues(source["counts"], EntityCount);
	        this.warnings = this.convertValues(source["warnings"], Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace models {
	
	export class AnggotaTim {
	    id: number;
	    pendampinganId: number;
	    role: string;
	    name: string;
	    nip: string;
	    rank: string;
	    position: string;
	    sortOrder: number;
	
	    static createFrom(source: any = {}) {
	        return new AnggotaTim(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.role = source["role"];
	        this.name = source["name"];
	        this.nip = source["nip"];
	        this.rank = source["rank"];
	        this.position = source["position"];
	        this.sortOrder = source["sortOrder"];
	    }
	}
	export class Asesmen {
	    id: number;
	    pendampinganId: number;
	    assessedOn: string;
	    assessor: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Asesmen(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.assessedOn = source["assessedOn"];
	        this.assessor = source["assessor"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AsesmenAnak {
	    id: number;
	    anakId: number;
	    assessedOn: string;
	    assessor: string;
	    needs: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new AsesmenAnak(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.anakId = source["anakId"];
	        this.assessedOn = source["assessedOn"];
	        this.assessor = source["assessor"];
	        this.needs = source["needs"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Bukti {
	    id: number;
	    realisasiId: number;
	    fileName: string;
	    path: string;
	    thumbPath: string;
	    mime: string;
	    size: number;
	    sha256: string;
	    caption: string;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Bukti(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.realisasiId = source["realisasiId"];
	        this.fileName = source["fileName"];
	        this.path = source["path"];
	        this.thumbPath = source["thumbPath"];
	        this.mime = source["mime"];
	        this.size = source["size"];
	        this.sha256 = source["sha256"];
	        this.caption = source["caption"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Edisi {
	    id: number;
	    name: string;
	    source: string;
	    dataDate: string;
	    files: string;
	    families: number;
	    members: number;
	    rowsRead: number;
	    skipped: number;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    archivedAt?: any;
	    archiveFile: string;
	    archiveSize: number;
	
	    static createFrom(source: any = {}) {
	        return new Edisi(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.source = source["source"];
	        this.dataDate = source["dataDate"];
	        this.files = source["files"];
	        this.families = source["families"];
	        this.members = source["members"];
	        this.rowsRead = source["rowsRead"];
	        this.skipped = source["skipped"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.archivedAt = this.convertValues(source["archivedAt"], null);
	        this.archiveFile = source["archiveFile"];
	        this.archiveSize = source["archiveSize"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Evaluasi {
	    id: number;
	    pendampinganId: number;
	    semester: number;
	    evaluatedOn: string;
	    evaluator: string;
	    scoreLokasi: number;
	    scoreSasaran: number;
	    scoreManfaat: number;
	    scoreKolaborasi: number;
	    findings: string;
	    recommendations: string;
	    narasiLokasi: string;
	    narasiSasaran: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Evaluasi(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.semester = source["semester"];
	        this.evaluatedOn = source["evaluatedOn"];
	        this.evaluator = source["evaluator"];
	        this.scoreLokasi = source["scoreLokasi"];
	        this.scoreSasaran = source["scoreSasaran"];
	        this.scoreManfaat = source["scoreManfaat"];
	        this.scoreKolaborasi = source["scoreKolaborasi"];
	        this.findings = source["findings"];
	        this.recommendations = source["recommendations"];
	        this.narasiLokasi = source["narasiLokasi"];
	        this.narasiSasaran = source["narasiSasaran"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Karakteristik {
	    id: number;
	    pendampinganId: number;
	    semester: number;
	    scannedOn: string;
	    source: string;
	    totalPoor: number;
	    rtlh: number;
	    tanpaJamban: number;
	    tanpaListrik: number;
	    tanpaAir: number;
	    kkTidakBekerja: number;
	    putusSekolah: number;
	    tanpaJkn: number;
	    lansiaDisabilitas: number;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Karakteristik(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.semester = source["semester"];
	        this.scannedOn = source["scannedOn"];
	        this.source = source["source"];
	        this.totalPoor = source["totalPoor"];
	        this.rtlh = source["rtlh"];
	        this.tanpaJamban = source["tanpaJamban"];
	        this.tanpaListrik = source["tanpaListrik"];
	        this.tanpaAir = source["tanpaAir"];
	        this.kkTidakBekerja = source["kkTidakBekerja"];
	        this.putusSekolah = source["putusSekolah"];
	        this.tanpaJkn = source["tanpaJkn"];
	        this.lansiaDisabilitas = source["lansiaDisabilitas"];
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Kecamatan {
	    id: number;
	    code: string;
	    name: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Kecamatan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LogEksporAnak {
	    id: number;
	    // Go type: time
	    at: any;
	    userName: string;
	    what: string;
	    scope: string;
	    rows: number;
	    path: string;
	    channel: string;
	
	    static createFrom(source: any = {}) {
	        return new LogEksporAnak(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.at = this.convertValues(source["at"], null);
	        this.userName = source["userName"];
	        this.what = source["what"];
	        this.scope = source["scope"];
	        this.rows = source["rows"];
	        this.path = source["path"];
	        this.channel = source["channel"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Masalah {
	    id: number;
	    pendampinganId: number;
	    kind: string;
	    description: string;
	    priority: number;
	    sortOrder: number;
	
	    static createFrom(source: any = {}) {
	        return new Masalah(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.kind = source["kind"];
	        this.description = source["description"];
	        this.priority = source["priority"];
	        this.sortOrder = source["sortOrder"];
	    }
	}
	export class Mitra {
	    id: number;
	    name: string;
	    kind: string;
	    contactName: string;
	    phone: string;
	    email: string;
	    address: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Mitra(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.contactName = source["contactName"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.address = source["address"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NomorSurat {
	    id: number;
	    type: string;
	    year: number;
	    seq: number;
	    number: string;
	    source: string;
	    suratId?: number;
	    note: string;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new NomorSurat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.year = source["year"];
	        this.seq = source["seq"];
	        this.number = source["number"];
	        this.source = source["source"];
	        this.suratId = source["suratId"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OPD {
	    id: number;
	    code: string;
	    name: string;
	    abbreviation: string;
	    kind: string;
	    headName: string;
	    headRank: string;
	    headNip: string;
	    address: string;
	    phone: string;
	    email: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new OPD(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.abbreviation = source["abbreviation"];
	        this.kind = source["kind"];
	        this.headName = source["headName"];
	        this.headRank = source["headRank"];
	        this.headNip = source["headNip"];
	        this.address = source["address"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Option {
	    code: string;
	    label: string;
	
	    static createFrom(source: any = {}) {
	        return new Option(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	    }
	}
	export class OrangTuaAsuh {
	    id: number;
	    kind: string;
	    name: string;
	    opdId?: number;
	    kecamatanId?: number;
	    contactPerson: string;
	    phone: string;
	    address: string;
	    moneyPerMonth: number;
	    schoolCosts: boolean;
	    inKind: string;
	    mentoring: boolean;
	    capacity: number;
	    periodStart: string;
	    periodEnd: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new OrangTuaAsuh(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.opdId = source["opdId"];
	        this.kecamatanId = source["kecamatanId"];
	        this.contactPerson = source["contactPerson"];
	        this.phone = source["phone"];
	        this.address = source["address"];
	        this.moneyPerMonth = source["moneyPerMonth"];
	        this.schoolCosts = source["schoolCosts"];
	        this.inKind = source["inKind"];
	        this.mentoring = source["mentoring"];
	        this.capacity = source["capacity"];
	        this.periodStart = source["periodStart"];
	        this.periodEnd = source["periodEnd"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Penandatangan {
	    id: number;
	    role: string;
	    title: string;
	    name: string;
	    rank: string;
	    nip: string;
	
	    static createFrom(source: any = {}) {
	        return new Penandatangan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.role = source["role"];
	        this.title = source["title"];
	        this.name = source["name"];
	        this.rank = source["rank"];
	        this.nip = source["nip"];
	    }
	}
	export class Pendampingan {
	    id: number;
	    year: number;
	    desaId: number;
	    opdId: number;
	    secondReason: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Pendampingan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.year = source["year"];
	        this.desaId = source["desaId"];
	        this.opdId = source["opdId"];
	        this.secondReason = source["secondReason"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Pengasuhan {
	    id: number;
	    anakId: number;
	    otaId: number;
	    startDate: string;
	    endDate: string;
	    support: string;
	    amountMonth: number;
	    endReason: string;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Pengasuhan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.anakId = source["anakId"];
	        this.otaId = source["otaId"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.support = source["support"];
	        this.amountMonth = source["amountMonth"];
	        this.endReason = source["endReason"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Penyaluran {
	    id: number;
	    pengasuhanId: number;
	    month: string;
	    deliveredOn: string;
	    amount: number;
	    inKind: string;
	    note: string;
	    photoName: string;
	    photoPath: string;
	    thumbPath: string;
	    // Go type: time
	    createdAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Penyaluran(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pengasuhanId = source["pengasuhanId"];
	        this.month = source["month"];
	        this.deliveredOn = source["deliveredOn"];
	        this.amount = source["amount"];
	        this.inKind = source["inKind"];
	        this.note = source["note"];
	        this.photoName = source["photoName"];
	        this.photoPath = source["photoPath"];
	        this.thumbPath = source["thumbPath"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PolaNomor {
	    id: number;
	    type: string;
	    pattern: string;
	    klasifikasi: string;
	    unit: string;
	    padding: number;
	
	    static createFrom(source: any = {}) {
	        return new PolaNomor(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.pattern = source["pattern"];
	        this.klasifikasi = source["klasifikasi"];
	        this.unit = source["unit"];
	        this.padding = source["padding"];
	    }
	}
	export class PotensiDesa {
	    id: number;
	    pendampinganId: number;
	    category: string;
	    name: string;
	    description: string;
	    quantity: number;
	    unit: string;
	    developable: boolean;
	    sortOrder: number;
	
	    static createFrom(source: any = {}) {
	        return new PotensiDesa(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.category = source["category"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.quantity = source["quantity"];
	        this.unit = source["unit"];
	        this.developable = source["developable"];
	        this.sortOrder = source["sortOrder"];
	    }
	}
	export class PotensiPantau {
	    id: number;
	    potensiId: number;
	    semester: number;
	    quantity: number;
	    progress: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new PotensiPantau(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.potensiId = source["potensiId"];
	        this.semester = source["semester"];
	        this.quantity = source["quantity"];
	        this.progress = source["progress"];
	        this.note = source["note"];
	    }
	}
	export class StatusVerval {
	    code: string;
	    label: string;
	    sortOrder: number;
	    builtin: boolean;
	
	    static createFrom(source: any = {}) {
	        return new StatusVerval(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.label = source["label"];
	        this.sortOrder = source["sortOrder"];
	        this.builtin = source["builtin"];
	    }
	}
	export class Surat {
	    id: number;
	    type: string;
	    year: number;
	    opdId?: number;
	    status: string;
	    number: string;
	    seq: number;
	    subject: string;
	    // Go type: time
	    letterDate?: any;
	    place: string;
	    paper: string;
	    signatoryRole: string;
	    signatoryTitle: string;
	    signatoryName: string;
	    signatoryRank: string;
	    signatoryNip: string;
	    pdfPath: string;
	    shortCode: string;
	    qrPayload: string;
	    cancelReason: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	
	    static createFrom(source: any = {}) {
	        return new Surat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.type = source["type"];
	        this.year = source["year"];
	        this.opdId = source["opdId"];
	        this.status = source["status"];
	        this.number = source["number"];
	        this.seq = source["seq"];
	        this.subject = source["subject"];
	        this.letterDate = this.convertValues(source["letterDate"], null);
	        this.place = source["place"];
	        this.paper = source["paper"];
	        this.signatoryRole = source["signatoryRole"];
	        this.signatoryTitle = source["signatoryTitle"];
	        this.signatoryName = source["signatoryName"];
	        this.signatoryRank = source["signatoryRank"];
	        this.signatoryNip = source["signatoryNip"];
	        this.pdfPath = source["pdfPath"];
	        this.shortCode = source["shortCode"];
	        this.qrPayload = source["qrPayload"];
	        this.cancelReason = source["cancelReason"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TahunProgram {
	    id: number;
	    year: number;
	    active: boolean;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new TahunProgram(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.year = source["year"];
	        this.active = source["active"];
	        this.note = source["note"];
	    }
	}

}

export namespace opdreport {
	
	export class Result {
	    file: string;
	    entries: number;
	    new: number;
	    updated: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.entries = source["entries"];
	        this.new = source["new"];
	        this.updated = source["updated"];
	        this.amount = source["amount"];
	    }
	}
	export class FileResult {
	    path: string;
	    file: string;
	    ok: boolean;
	    result: Result;
	    code?: string;
	    message?: string;
	    details?: string[];
	    line: string;
	
	    static createFrom(source: any = {}) {
	        return new FileResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.file = source["file"];
	        this.ok = source["ok"];
	        this.result = this.convertValues(source["result"], Result);
	        this.code = source["code"];
	        this.message = source["message"];
	        this.details = source["details"];
	        this.line = source["line"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Problem {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    header: string;
	    cell: string;
	    value: string;
	    message: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.header = source["header"];
	        this.cell = source["cell"];
	        this.value = source["value"];
	        this.message = source["message"];
	        this.text = source["text"];
	    }
	}
	export class PreviewRow {
	    row: number;
	    code: string;
	    desa: string;
	    activity: string;
	    month: number;
	    source: string;
	    amount: number;
	    progress: number;
	    action: string;
	
	    static createFrom(source: any = {}) {
	        return new PreviewRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.code = source["code"];
	        this.desa = source["desa"];
	        this.activity = source["activity"];
	        this.month = source["month"];
	        this.source = source["source"];
	        this.amount = source["amount"];
	        this.progress = source["progress"];
	        this.action = source["action"];
	    }
	}
	export class Preview {
	    file: string;
	    year: number;
	    opdCode: string;
	    opdName: string;
	    created: string;
	    rows: PreviewRow[];
	    problems: Problem[];
	    entries: number;
	    new: number;
	    updated: number;
	    blank: number;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new Preview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.year = source["year"];
	        this.opdCode = source["opdCode"];
	        this.opdName = source["opdName"];
	        this.created = source["created"];
	        this.rows = this.convertValues(source["rows"], PreviewRow);
	        this.problems = this.convertValues(source["problems"], Problem);
	        this.entries = source["entries"];
	        this.new = source["new"];
	        this.updated = source["updated"];
	        this.blank = source["blank"];
	        this.amount = source["amount"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class TemplateResult {
	    path: string;
	    opdCode: string;
	    opdName: string;
	    year: number;
	    month: number;
	    activities: number;
	
	    static createFrom(source: any = {}) {
	        return new TemplateResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.opdCode = source["opdCode"];
	        this.opdName = source["opdName"];
	        this.year = source["year"];
	        this.month = source["month"];
	        this.activities = source["activities"];
	    }
	}

}

export namespace orphans {
	
	export class Candidate {
	    id: number;
	    kind: string;
	    name: string;
	    opdId?: number;
	    kecamatanId?: number;
	    contactPerson: string;
	    phone: string;
	    address: string;
	    moneyPerMonth: number;
	    schoolCosts: boolean;
	    inKind: string;
	    mentoring: boolean;
	    capacity: number;
	    periodStart: string;
	    periodEnd: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    opdName: string;
	    kecamatanName: string;
	    active: number;
	    spare: number;
	    person: boolean;
	    sameKecamatan: boolean;
	    pairedOpd: boolean;
	    reasons: string[];
	
	    static createFrom(source: any = {}) {
	        return new Candidate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.opdId = source["opdId"];
	        this.kecamatanId = source["kecamatanId"];
	        this.contactPerson = source["contactPerson"];
	        this.phone = source["phone"];
	        this.address = source["address"];
	        this.moneyPerMonth = source["moneyPerMonth"];
	        this.schoolCosts = source["schoolCosts"];
	        this.inKind = source["inKind"];
	        this.mentoring = source["mentoring"];
	        this.capacity = source["capacity"];
	        this.periodStart = source["periodStart"];
	        this.periodEnd = source["periodEnd"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.opdName = source["opdName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.active = source["active"];
	        this.spare = source["spare"];
	        this.person = source["person"];
	        this.sameKecamatan = source["sameKecamatan"];
	        this.pairedOpd = source["pairedOpd"];
	        this.reasons = source["reasons"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ChildFilter {
	    desaId: number;
	    kecamatanId: number;
	    status: string;
	    query: string;
	
	    static createFrom(source: any = {}) {
	        return new ChildFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desaId = source["desaId"];
	        this.kecamatanId = source["kecamatanId"];
	        this.status = source["status"];
	        this.query = source["query"];
	    }
	}
	export class ChildInput {
	    id: number;
	    desaId: number;
	    desaCode: string;
	    name: string;
	    nik: string;
	    sex: string;
	    birthDate: string;
	    fatherDied: boolean;
	    fatherDeathDate: string;
	    motherDied: boolean;
	    motherDeathDate: string;
	    guardianName: string;
	    guardianRelation: string;
	    guardianPhone: string;
	    noKk: string;
	    address: string;
	    school: string;
	    jkn: boolean;
	    disability: string;
	    needs: string[];
	    note: string;
	    assessedOn: string;
	    assessor: string;
	
	    static createFrom(source: any = {}) {
	        return new ChildInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.desaId = source["desaId"];
	        this.desaCode = source["desaCode"];
	        this.name = source["name"];
	        this.nik = source["nik"];
	        this.sex = source["sex"];
	        this.birthDate = source["birthDate"];
	        this.fatherDied = source["fatherDied"];
	        this.fatherDeathDate = source["fatherDeathDate"];
	        this.motherDied = source["motherDied"];
	        this.motherDeathDate = source["motherDeathDate"];
	        this.guardianName = source["guardianName"];
	        this.guardianRelation = source["guardianRelation"];
	        this.guardianPhone = source["guardianPhone"];
	        this.noKk = source["noKk"];
	        this.address = source["address"];
	        this.school = source["school"];
	        this.jkn = source["jkn"];
	        this.disability = source["disability"];
	        this.needs = source["needs"];
	        this.note = source["note"];
	        this.assessedOn = source["assessedOn"];
	        this.assessor = source["assessor"];
	    }
	}
	export class HouseholdLink {
	    edition: string;
	    noKk: string;
	    desil?: number;
	    by: string;
	
	    static createFrom(source: any = {}) {
	        return new HouseholdLink(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.edition = source["edition"];
	        this.noKk = source["noKk"];
	        this.desil = source["desil"];
	        this.by = source["by"];
	    }
	}
	export class ChildRow {
	    id: number;
	    desaId: number;
	    desaCode: string;
	    desaName: string;
	    kecamatanId: number;
	    kecamatanName: string;
	    name: string;
	    nik: string;
	    noKk: string;
	    sex: string;
	    birthDate: string;
	    age: number;
	    fatherDied: boolean;
	    fatherDeathDate: string;
	    motherDied: boolean;
	    motherDeathDate: string;
	    category: string;
	    guardianName: string;
	    guardianRelation: string;
	    guardianPhone: string;
	    address: string;
	    school: string;
	    jkn: boolean;
	    disability: string;
	    needs: string[];
	    note: string;
	    matched: boolean;
	    fosters: string;
	    lastAssessment: string;
	    assessmentDue: boolean;
	    household?: HouseholdLink;
	
	    static createFrom(source: any = {}) {
	        return new ChildRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.desaId = source["desaId"];
	        this.desaCode = source["desaCode"];
	        this.desaName = source["desaName"];
	        this.kecamatanId = source["kecamatanId"];
	        this.kecamatanName = source["kecamatanName"];
	        this.name = source["name"];
	        this.nik = source["nik"];
	        this.noKk = source["noKk"];
	        this.sex = source["sex"];
	        this.birthDate = source["birthDate"];
	        this.age = source["age"];
	        this.fatherDied = source["fatherDied"];
	        this.fatherDeathDate = source["fatherDeathDate"];
	        this.motherDied = source["motherDied"];
	        this.motherDeathDate = source["motherDeathDate"];
	        this.category = source["category"];
	        this.guardianName = source["guardianName"];
	        this.guardianRelation = source["guardianRelation"];
	        this.guardianPhone = source["guardianPhone"];
	        this.address = source["address"];
	        this.school = source["school"];
	        this.jkn = source["jkn"];
	        this.disability = source["disability"];
	        this.needs = source["needs"];
	        this.note = source["note"];
	        this.matched = source["matched"];
	        this.fosters = source["fosters"];
	        this.lastAssessment = source["lastAssessment"];
	        this.assessmentDue = source["assessmentDue"];
	        this.household = this.convertValues(source["household"], HouseholdLink);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ColumnMap {
	    field: string;
	    label: string;
	    header: string;
	    column: string;
	
	    static createFrom(source: any = {}) {
	        return new ColumnMap(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.field = source["field"];
	        this.label = source["label"];
	        this.header = source["header"];
	        this.column = source["column"];
	    }
	}
	export class DeliveryInput {
	    pengasuhanId: number;
	    month: string;
	    deliveredOn: string;
	    amount: number;
	    inKind: string;
	    note: string;
	    photoFile: string;
	
	    static createFrom(source: any = {}) {
	        return new DeliveryInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pengasuhanId = source["pengasuhanId"];
	        this.month = source["month"];
	        this.deliveredOn = source["deliveredOn"];
	        this.amount = source["amount"];
	        this.inKind = source["inKind"];
	        this.note = source["note"];
	        this.photoFile = source["photoFile"];
	    }
	}
	export class ExportInput {
	    path: string;
	    desaId: number;
	    kecamatanId: number;
	    named: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.desaId = source["desaId"];
	        this.kecamatanId = source["kecamatanId"];
	        this.named = source["named"];
	    }
	}
	export class ExportResult {
	    path: string;
	    named: boolean;
	    children: number;
	    villages: number;
	    scope: string;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.named = source["named"];
	        this.children = source["children"];
	        this.villages = source["villages"];
	        this.scope = source["scope"];
	    }
	}
	export class FieldOption {
	    key: string;
	    label: string;
	    required: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FieldOption(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.required = source["required"];
	    }
	}
	export class FollowUp {
	    kind: string;
	    anakId: number;
	    childName: string;
	    desaName: string;
	    otaId?: number;
	    fosterName?: string;
	    matchId?: number;
	    date: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new FollowUp(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.anakId = source["anakId"];
	        this.childName = source["childName"];
	        this.desaName = source["desaName"];
	        this.otaId = source["otaId"];
	        this.fosterName = source["fosterName"];
	        this.matchId = source["matchId"];
	        this.date = source["date"];
	        this.message = source["message"];
	    }
	}
	export class FosterRow {
	    id: number;
	    kind: string;
	    name: string;
	    opdId?: number;
	    kecamatanId?: number;
	    contactPerson: string;
	    phone: string;
	    address: string;
	    moneyPerMonth: number;
	    schoolCosts: boolean;
	    inKind: string;
	    mentoring: boolean;
	    capacity: number;
	    periodStart: string;
	    periodEnd: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    opdName: string;
	    kecamatanName: string;
	    active: number;
	    spare: number;
	    person: boolean;
	
	    static createFrom(source: any = {}) {
	        return new FosterRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kind = source["kind"];
	        this.name = source["name"];
	        this.opdId = source["opdId"];
	        this.kecamatanId = source["kecamatanId"];
	        this.contactPerson = source["contactPerson"];
	        this.phone = source["phone"];
	        this.address = source["address"];
	        this.moneyPerMonth = source["moneyPerMonth"];
	        this.schoolCosts = source["schoolCosts"];
	        this.inKind = source["inKind"];
	        this.mentoring = source["mentoring"];
	        this.capacity = source["capacity"];
	        this.periodStart = source["periodStart"];
	        this.periodEnd = source["periodEnd"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.opdName = source["opdName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.active = source["active"];
	        this.spare = source["spare"];
	        this.person = source["person"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ImportInput {
	    file: string;
	    kind: string;
	    mapping: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new ImportInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.kind = source["kind"];
	        this.mapping = source["mapping"];
	    }
	}
	export class Problem {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    header: string;
	    value: string;
	    message: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.header = source["header"];
	        this.value = source["value"];
	        this.message = source["message"];
	        this.text = source["text"];
	    }
	}
	export class ImportPreview {
	    file: string;
	    kind: string;
	    sheet: string;
	    headerRow: number;
	    columns: ColumnMap[];
	    ignored: ColumnMap[];
	    fields: FieldOption[];
	    rows: number;
	    samples: any[];
	    problems: Problem[];
	
	    static createFrom(source: any = {}) {
	        return new ImportPreview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.kind = source["kind"];
	        this.sheet = source["sheet"];
	        this.headerRow = source["headerRow"];
	        this.columns = this.convertValues(source["columns"], ColumnMap);
	        this.ignored = this.convertValues(source["ignored"], ColumnMap);
	        this.fields = this.convertValues(source["fields"], FieldOption);
	        this.rows = source["rows"];
	        this.samples = source["samples"];
	        this.problems = this.convertValues(source["problems"], Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportResult {
	    file: string;
	    kind: string;
	    ok: boolean;
	    imported: number;
	    errors: Problem[];
	
	    static createFrom(source: any = {}) {
	        return new ImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.kind = source["kind"];
	        this.ok = source["ok"];
	        this.imported = source["imported"];
	        this.errors = this.convertValues(source["errors"], Problem);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MatchFilter {
	    anakId: number;
	    otaId: number;
	
	    static createFrom(source: any = {}) {
	        return new MatchFilter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.anakId = source["anakId"];
	        this.otaId = source["otaId"];
	    }
	}
	export class MatchRow {
	    id: number;
	    anakId: number;
	    otaId: number;
	    startDate: string;
	    endDate: string;
	    support: string;
	    amountMonth: number;
	    endReason: string;
	    // Go type: time
	    createdAt: any;
	    childName: string;
	    fosterName: string;
	    fosterKind: string;
	    desaName: string;
	    active: boolean;
	    deliveries: number;
	    delivered: number;
	
	    static createFrom(source: any = {}) {
	        return new MatchRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.anakId = source["anakId"];
	        this.otaId = source["otaId"];
	        this.startDate = source["startDate"];
	        this.endDate = source["endDate"];
	        this.support = source["support"];
	        this.amountMonth = source["amountMonth"];
	        this.endReason = source["endReason"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.childName = source["childName"];
	        this.fosterName = source["fosterName"];
	        this.fosterKind = source["fosterKind"];
	        this.desaName = source["desaName"];
	        this.active = source["active"];
	        this.deliveries = source["deliveries"];
	        this.delivered = source["delivered"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RevealedIDs {
	    nik: string;
	    noKk: string;
	
	    static createFrom(source: any = {}) {
	        return new RevealedIDs(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.nik = source["nik"];
	        this.noKk = source["noKk"];
	    }
	}

}

export namespace pairing {
	
	export class AssignInput {
	    year: number;
	    desaId: number;
	    opdId: number;
	    secondReason: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new AssignInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.desaId = source["desaId"];
	        this.opdId = source["opdId"];
	        this.secondReason = source["secondReason"];
	        this.note = source["note"];
	    }
	}
	export class BoardCounts {
	    priorityVillages: number;
	    paired: number;
	    unpaired: number;
	    opdTotal: number;
	    opdWithout: number;
	    opdWithSeveral: number;
	
	    static createFrom(source: any = {}) {
	        return new BoardCounts(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.priorityVillages = source["priorityVillages"];
	        this.paired = source["paired"];
	        this.unpaired = source["unpaired"];
	        this.opdTotal = source["opdTotal"];
	        this.opdWithout = source["opdWithout"];
	        this.opdWithSeveral = source["opdWithSeveral"];
	    }
	}
	export class BoardOPD {
	    opdId: number;
	    code: string;
	    name: string;
	    abbreviation: string;
	    kind: string;
	    villageCount: number;
	    villages: string[];
	
	    static createFrom(source: any = {}) {
	        return new BoardOPD(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.opdId = source["opdId"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.abbreviation = source["abbreviation"];
	        this.kind = source["kind"];
	        this.villageCount = source["villageCount"];
	        this.villages = source["villages"];
	    }
	}
	export class BoardVillage {
	    desaId: number;
	    code: string;
	    name: string;
	    kind: string;
	    kecamatanId: number;
	    kecamatanName: string;
	    povertyPct: number;
	    continuation: boolean;
	    pendampinganId: number;
	    opdId: number;
	    opdName: string;
	    opdAbbr: string;
	    secondReason: string;
	    coordinator: string;
	    teamSize: number;
	    partnerNames: string;
	
	    static createFrom(source: any = {}) {
	        return new BoardVillage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desaId = source["desaId"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.kecamatanId = source["kecamatanId"];
	        this.kecamatanName = source["kecamatanName"];
	        this.povertyPct = source["povertyPct"];
	        this.continuation = source["continuation"];
	        this.pendampinganId = source["pendampinganId"];
	        this.opdId = source["opdId"];
	        this.opdName = source["opdName"];
	        this.opdAbbr = source["opdAbbr"];
	        this.secondReason = source["secondReason"];
	        this.coordinator = source["coordinator"];
	        this.teamSize = source["teamSize"];
	        this.partnerNames = source["partnerNames"];
	    }
	}
	export class Board {
	    year: number;
	    villages: BoardVillage[];
	    opds: BoardOPD[];
	    counts: BoardCounts;
	
	    static createFrom(source: any = {}) {
	        return new Board(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.villages = this.convertValues(source["villages"], BoardVillage);
	        this.opds = this.convertValues(source["opds"], BoardOPD);
	        this.counts = this.convertValues(source["counts"], BoardCounts);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	export class CopyCandidate {
	    desaId: number;
	    desaName: string;
	    kecamatanName: string;
	    opdId: number;
	    opdName: string;
	    teamSize: number;
	    alreadyPaired: boolean;
	    continuation: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CopyCandidate(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.desaId = source["desaId"];
	        this.desaName = source["desaName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.opdId = source["opdId"];
	        this.opdName = source["opdName"];
	        this.teamSize = source["teamSize"];
	        this.alreadyPaired = source["alreadyPaired"];
	        this.continuation = source["continuation"];
	    }
	}
	export class CopyResult {
	    copied: number;
	    skipped: string[];
	
	    static createFrom(source: any = {}) {
	        return new CopyResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.copied = source["copied"];
	        this.skipped = source["skipped"];
	    }
	}
	export class Sibling {
	    pendampinganId: number;
	    desaName: string;
	    teamSize: number;
	
	    static createFrom(source: any = {}) {
	        return new Sibling(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.desaName = source["desaName"];
	        this.teamSize = source["teamSize"];
	    }
	}
	export class PartnerLink {
	    mitraId: number;
	    name: string;
	    kind: string;
	    role: string;
	
	    static createFrom(source: any = {}) {
	        return new PartnerLink(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mitraId = source["mitraId"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.role = source["role"];
	    }
	}
	export class Detail {
	    id: number;
	    year: number;
	    desaId: number;
	    opdId: number;
	    secondReason: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    desaCode: string;
	    desaName: string;
	    kecamatanName: string;
	    opdCode: string;
	    opdName: string;
	    team: models.AnggotaTim[];
	    partners: PartnerLink[];
	    siblings: Sibling[];
	
	    static createFrom(source: any = {}) {
	        return new Detail(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.year = source["year"];
	        this.desaId = source["desaId"];
	        this.opdId = source["opdId"];
	        this.secondReason = source["secondReason"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.desaCode = source["desaCode"];
	        this.desaName = source["desaName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.opdCode = source["opdCode"];
	        this.opdName = source["opdName"];
	        this.team = this.convertValues(source["team"], models.AnggotaTim);
	        this.partners = this.convertValues(source["partners"], PartnerLink);
	        this.siblings = this.convertValues(source["siblings"], Sibling);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HistoryRow {
	    year: number;
	    priority: boolean;
	    continuation: boolean;
	    opdName: string;
	    coordinator: string;
	    letters: string;
	
	    static createFrom(source: any = {}) {
	        return new HistoryRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.priority = source["priority"];
	        this.continuation = source["continuation"];
	        this.opdName = source["opdName"];
	        this.coordinator = source["coordinator"];
	        this.letters = source["letters"];
	    }
	}
	export class MitraRow {
	    id: number;
	    name: string;
	    kind: string;
	    contactName: string;
	    phone: string;
	    email: string;
	    address: string;
	    note: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    pairingCount: number;
	
	    static createFrom(source: any = {}) {
	        return new MitraRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.contactName = source["contactName"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.address = source["address"];
	        this.note = source["note"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.pairingCount = source["pairingCount"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class TeamImportedDesa {
	    pendampinganId: number;
	    desaName: string;
	    members: number;
	
	    static createFrom(source: any = {}) {
	        return new TeamImportedDesa(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.desaName = source["desaName"];
	        this.members = source["members"];
	    }
	}
	export class TeamImportResult {
	    file: string;
	    villages: TeamImportedDesa[];
	    members: number;
	
	    static createFrom(source: any = {}) {
	        return new TeamImportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.villages = this.convertValues(source["villages"], TeamImportedDesa);
	        this.members = source["members"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace plan {
	
	export class ActivityPartner {
	    mitraId: number;
	    name: string;
	    kind: string;
	    contribution: string;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new ActivityPartner(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mitraId = source["mitraId"];
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.contribution = source["contribution"];
	        this.amount = source["amount"];
	    }
	}
	export class BudgetLine {
	    source: string;
	    label: string;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new BudgetLine(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.label = source["label"];
	        this.amount = source["amount"];
	    }
	}
	export class Activity {
	    id: number;
	    pendampinganId: number;
	    strategy: string;
	    name: string;
	    description: string;
	    targetGroup: string;
	    targetVolume: number;
	    targetUnit: string;
	    executorOpdId?: number;
	    plannedMonths: number;
	    outputIndicator: string;
	    sortOrder: number;
	    copiedFromId?: number;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    strategyLabel: string;
	    targetGroupLabel: string;
	    executorName: string;
	    months: number[];
	    budget: BudgetLine[];
	    budgetTotal: number;
	    partners: ActivityPartner[];
	    needIds: number[];
	    hasRealisation: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Activity(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.strategy = source["strategy"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.targetGroup = source["targetGroup"];
	        this.targetVolume = source["targetVolume"];
	        this.targetUnit = source["targetUnit"];
	        this.executorOpdId = source["executorOpdId"];
	        this.plannedMonths = source["plannedMonths"];
	        this.outputIndicator = source["outputIndicator"];
	        this.sortOrder = source["sortOrder"];
	        this.copiedFromId = source["copiedFromId"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.strategyLabel = source["strategyLabel"];
	        this.targetGroupLabel = source["targetGroupLabel"];
	        this.executorName = source["executorName"];
	        this.months = source["months"];
	        this.budget = this.convertValues(source["budget"], BudgetLine);
	        this.budgetTotal = source["budgetTotal"];
	        this.partners = this.convertValues(source["partners"], ActivityPartner);
	        this.needIds = source["needIds"];
	        this.hasRealisation = source["hasRealisation"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PartnerInput {
	    mitraId: number;
	    contribution: string;
	    amount: number;
	
	    static createFrom(source: any = {}) {
	        return new PartnerInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.mitraId = source["mitraId"];
	        this.contribution = source["contribution"];
	        this.amount = source["amount"];
	    }
	}
	export class ActivityInput {
	    id: number;
	    pendampinganId: number;
	    strategy: string;
	    name: string;
	    description: string;
	    targetGroup: string;
	    targetVolume: number;
	    targetUnit: string;
	    executorOpdId: number;
	    months: number[];
	    outputIndicator: string;
	    budget: BudgetLine[];
	    partners: PartnerInput[];
	    needIds: number[];
	
	    static createFrom(source: any = {}) {
	        return new ActivityInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.strategy = source["strategy"];
	        this.name = source["name"];
	        this.description = source["description"];
	        this.targetGroup = source["targetGroup"];
	        this.targetVolume = source["targetVolume"];
	        this.targetUnit = source["targetUnit"];
	        this.executorOpdId = source["executorOpdId"];
	        this.months = source["months"];
	        this.outputIndicator = source["outputIndicator"];
	        this.budget = this.convertValues(source["budget"], BudgetLine);
	        this.partners = this.convertValues(source["partners"], PartnerInput);
	        this.needIds = source["needIds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class CopyResult {
	    fromPendampinganId: number;
	    fromYear: number;
	    copied: number;
	    budgetTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new CopyResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fromPendampinganId = source["fromPendampinganId"];
	        this.fromYear = source["fromYear"];
	        this.copied = source["copied"];
	        this.budgetTotal = source["budgetTotal"];
	    }
	}
	export class Options {
	    strategies: models.Option[];
	    targetGroups: models.Option[];
	    fundingSources: models.Option[];
	    statuses: models.Option[];
	    categories: models.Option[];
	    characteristics: models.Option[];
	    priorities: models.Option[];
	
	    static createFrom(source: any = {}) {
	        return new Options(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.strategies = this.convertValues(source["strategies"], models.Option);
	        this.targetGroups = this.convertValues(source["targetGroups"], models.Option);
	        this.fundingSources = this.convertValues(source["fundingSources"], models.Option);
	        this.statuses = this.convertValues(source["statuses"], models.Option);
	        this.categories = this.convertValues(source["categories"], models.Option);
	        this.characteristics = this.convertValues(source["characteristics"], models.Option);
	        this.priorities = this.convertValues(source["priorities"], models.Option);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class Plan {
	    pendampinganId: number;
	    year: number;
	    desaName: string;
	    kecamatanName: string;
	    opdName: string;
	    activities: Activity[];
	    budgetTotal: number;
	    bySource: BudgetLine[];
	    canCopyPrevious: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Plan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.pendampinganId = source["pendampinganId"];
	        this.year = source["year"];
	        this.desaName = source["desaName"];
	        this.kecamatanName = source["kecamatanName"];
	        this.opdName = source["opdName"];
	        this.activities = this.convertValues(source["activities"], Activity);
	        this.budgetTotal = source["budgetTotal"];
	        this.bySource = this.convertValues(source["bySource"], BudgetLine);
	        this.canCopyPrevious = source["canCopyPrevious"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace profile {
	
	export class Profile {
	    id: number;
	    regionKind: string;
	    regencyName: string;
	    province: string;
	    regencyCode: string;
	    capital: string;
	    officeName: string;
	    address: string;
	    phone: string;
	    email: string;
	    website: string;
	    letterhead: string;
	    logoMime: string;
	    // Go type: time
	    updatedAt: any;
	    hasLogo: boolean;
	    signatories: models.Penandatangan[];
	
	    static createFrom(source: any = {}) {
	        return new Profile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.regionKind = source["regionKind"];
	        this.regencyName = source["regencyName"];
	        this.province = source["province"];
	        this.regencyCode = source["regencyCode"];
	        this.capital = source["capital"];
	        this.officeName = source["officeName"];
	        this.address = source["address"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.website = source["website"];
	        this.letterhead = source["letterhead"];
	        this.logoMime = source["logoMime"];
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.hasLogo = source["hasLogo"];
	        this.signatories = this.convertValues(source["signatories"], models.Penandatangan);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace progress {
	
	export class ActivityStat {
	    id: number;
	    pendampinganId: number;
	    name: string;
	    strategy: string;
	    plannedMonths: number;
	    targetVolume: number;
	    targetUnit: string;
	    opdId: number;
	    opdName: string;
	    desaName: string;
	    kecamatanId: number;
	    kecamatanName: string;
	    budget: number;
	    spent: number;
	    volume: number;
	    progress: number;
	    expected: number;
	    households: number;
	    people: number;
	    lastMonth: number;
	    status: string;
	    behind: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ActivityStat(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.pendampinganId = source["pendampinganId"];
	        this.name = source["name"];
	        this.strategy = source["strategy"];
	        this.plannedMonths = source["plannedMonths"];
	        this.targetVolume = source["targetVolume"];
	        this.targetUnit = source["targetUnit"];
	        this.opdId = source["opdId"];
	        this.opdName = source["opdName"];
	        this.desaName = source["desaName"];
	        this.kecamatanId = source["kecamatanId"];
	        this.kecamatanName = source["kecamatanName"];
	        this.budget = source["budget"];
	        this.spent = source["spent"];
	        this.volume = source["volume"];
	        this.progress = source["progress"];
	        this.expected = source["expected"];
	        this.households = source["households"];
	        this.people = source["people"];
	        this.lastMonth = source["lastMonth"];
	        this.status = source["status"];
	        this.behind = source["behind"];
	    }
	}
	export class Filter {
	    year: number;
	    month: number;
	    pendampinganId: number;
	    opdId: number;
	    kecamatanId: number;
	    groupBy: string;
	
	    static createFrom(source: any = {}) {
	        return new Filter(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.month = source["month"];
	        this.pendampinganId = source["pendampinganId"];
	        this.opdId = source["opdId"];
	        this.kecamatanId = source["kecamatanId"];
	        this.groupBy = source["groupBy"];
	    }
	}
	export class Group {
	    key: number;
	    label: string;
	    sub: string;
	    activities: number;
	    notStarted: number;
	    running: number;
	    done: number;
	    behind: number;
	    budget: number;
	    spent: number;
	    absorption: number;
	    progress: number;
	    expected: number;
	    households: number;
	    people: number;
	
	    static createFrom(source: any = {}) {
	        return new Group(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.label = source["label"];
	        this.sub = source["sub"];
	        this.activities = source["activities"];
	        this.notStarted = source["notStarted"];
	        this.running = source["running"];
	        this.done = source["done"];
	        this.behind = source["behind"];
	        this.budget = source["budget"];
	        this.spent = source["spent"];
	        this.absorption = source["absorption"];
	        this.progress = source["progress"];
	        this.expected = source["expected"];
	        this.households = source["households"];
	        this.people = source["people"];
	    }
	}
	export class MonthPoint {
	    month: number;
	    label: string;
	    planned: number;
	    spent: number;
	    plannedCum: number;
	    spentCum: number;
	    absorptionCum: number;
	    activeEntries: number;
	    plannedActivity: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthPoint(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.label = source["label"];
	        this.planned = source["planned"];
	        this.spent = source["spent"];
	        this.plannedCum = source["plannedCum"];
	        this.spentCum = source["spentCum"];
	        this.absorptionCum = source["absorptionCum"];
	        this.activeEntries = source["activeEntries"];
	        this.plannedActivity = source["plannedActivity"];
	    }
	}
	export class Overview {
	    year: number;
	    month: number;
	    groupBy: string;
	    totals: Group;
	    groups: Group[];
	    series: MonthPoint[];
	    behind: ActivityStat[];
	    activities?: ActivityStat[];
	    byStrategy: Group[];
	
	    static createFrom(source: any = {}) {
	        return new Overview(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.month = source["month"];
	        this.groupBy = source["groupBy"];
	        this.totals = this.convertValues(source["totals"], Group);
	        this.groups = this.convertValues(source["groups"], Group);
	        this.series = this.convertValues(source["series"], MonthPoint);
	        this.behind = this.convertValues(source["behind"], ActivityStat);
	        this.activities = this.convertValues(source["activities"], ActivityStat);
	        this.byStrategy = this.convertValues(source["byStrategy"], Group);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace realization {
	
	export class Entry {
	    id: number;
	    kegiatanId: number;
	    month: number;
	    status: string;
	    volume: number;
	    progress: number;
	    beneficiaryHouseholds: number;
	    beneficiaryPeople: number;
	    kendala: string;
	    tindakLanjut: string;
	    // Go type: time
	    createdAt: any;
	    // Go type: time
	    updatedAt: any;
	    money: plan.BudgetLine[];
	    spent: number;
	    evidence: models.Bukti[];
	
	    static createFrom(source: any = {}) {
	        return new Entry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.kegiatanId = source["kegiatanId"];
	        this.month = source["month"];
	        this.status = source["status"];
	        this.volume = source["volume"];
	        this.progress = source["progress"];
	        this.beneficiaryHouseholds = source["beneficiaryHouseholds"];
	        this.beneficiaryPeople = source["beneficiaryPeople"];
	        this.kendala = source["kendala"];
	        this.tindakLanjut = source["tindakLanjut"];
	        this.createdAt = this.convertValues(source["createdAt"], null);
	        this.updatedAt = this.convertValues(source["updatedAt"], null);
	        this.money = this.convertValues(source["money"], plan.BudgetLine);
	        this.spent = source["spent"];
	        this.evidence = this.convertValues(source["evidence"], models.Bukti);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EntryInput {
	    kegiatanId: number;
	    year: number;
	    month: number;
	    status: string;
	    volume: number;
	    progress: number;
	    households: number;
	    people: number;
	    kendala: string;
	    tindakLanjut: string;
	    money: plan.BudgetLine[];
	
	    static createFrom(source: any = {}) {
	        return new EntryInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kegiatanId = source["kegiatanId"];
	        this.year = source["year"];
	        this.month = source["month"];
	        this.status = source["status"];
	        this.volume = source["volume"];
	        this.progress = source["progress"];
	        this.households = source["households"];
	        this.people = source["people"];
	        this.kendala = source["kendala"];
	        this.tindakLanjut = source["tindakLanjut"];
	        this.money = this.convertValues(source["money"], plan.BudgetLine);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace reporting {
	
	export class ExportResult {
	    path: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.rows = source["rows"];
	    }
	}
	export class MonthCell {
	    month: number;
	    reported: boolean;
	    via: string;
	    file: string;
	    // Go type: time
	    at?: any;
	    entries: number;
	
	    static createFrom(source: any = {}) {
	        return new MonthCell(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.month = source["month"];
	        this.reported = source["reported"];
	        this.via = source["via"];
	        this.file = source["file"];
	        this.at = this.convertValues(source["at"], null);
	        this.entries = source["entries"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class OPDStatus {
	    opdId: number;
	    code: string;
	    name: string;
	    abbreviation: string;
	    villages: string[];
	    activities: number;
	    months: MonthCell[];
	    reported: boolean;
	    via: string;
	    lastMonth: number;
	    missingSince: number;
	    missing: number;
	
	    static createFrom(source: any = {}) {
	        return new OPDStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.opdId = source["opdId"];
	        this.code = source["code"];
	        this.name = source["name"];
	        this.abbreviation = source["abbreviation"];
	        this.villages = source["villages"];
	        this.activities = source["activities"];
	        this.months = this.convertValues(source["months"], MonthCell);
	        this.reported = source["reported"];
	        this.via = source["via"];
	        this.lastMonth = source["lastMonth"];
	        this.missingSince = source["missingSince"];
	        this.missing = source["missing"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class Status {
	    year: number;
	    month: number;
	    monthName: string;
	    opd: OPDStatus[];
	    reported: number;
	    notReported: number;
	
	    static createFrom(source: any = {}) {
	        return new Status(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.year = source["year"];
	        this.month = source["month"];
	        this.monthName = source["monthName"];
	        this.opd = this.convertValues(source["opd"], OPDStatus);
	        this.reported = source["reported"];
	        this.notReported = source["notReported"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

export namespace reports {
	
	export class Result {
	    path: string;
	    sheets: string[];
	    rows: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new Result(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.sheets = source["sheets"];
	        this.rows = source["rows"];
	    }
	}

}

