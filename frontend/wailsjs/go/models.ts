export namespace app {
	
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
	    message: string;
	    letter?: models.Surat;
	
	    static createFrom(source: any = {}) {
	        return new VerifyResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.valid = source["valid"];
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

}

export namespace profile {
	
	export class Profile {
	    id: number;
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

