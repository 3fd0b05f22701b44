export declare function findChromium(): string | undefined;
export declare const INSTALL_HINT: string;
export declare const CHROMIUM_ARGS: string[];
