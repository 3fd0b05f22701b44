export declare function findCorpusDir(): string;
