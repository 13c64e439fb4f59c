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
	export class Problem {
	    file: string;
	    sheet: string;
	    row: number;
	    column: string;
	    value: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new Problem(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.file = source["file"];
	        this.sheet = source["sheet"];
	        this.row = source["row"];
	        this.column = source["column"];
	        this.value = source["value"];
	        this.message = source["message"];
	    }
	}
	export class PreviewRow {
	    row: number;
	    action: string;
	    values: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new PreviewRow(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.action = source["action"];
	        this.values = source["values"];
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
	    }
	}

}

export namespace models {
	
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

